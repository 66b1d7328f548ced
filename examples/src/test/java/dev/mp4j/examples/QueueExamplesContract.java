package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The queue examples, each run through the launcher in a JVM of its own under one context:
 * the output is the seed's (or, where timing decides, one of the outcomes the example
 * describes), the exit code is 0, and nothing is left behind. One subclass per context.
 */
@Timeout(300)
abstract class QueueExamplesContract {

    /** What python-interop prints where there is no python3. */
    private static final String NO_PYTHON =
            "python-interop: no python3 on the PATH, so there is no CPython to talk to; nothing to show";

    /** The value of {@code --context=}. */
    abstract String context();

    private ExampleJvm.Run run(String example) throws Exception {
        return ExampleJvm.succeeded(example, context());
    }

    private static List<String> numbered(String format, int count) {
        return IntStream.range(0, count).mapToObj(i -> format.formatted(i)).toList();
    }

    @Test
    void queueWorkersPrintEveryResultOnceMulsBeforePluses() throws Exception {
        ExampleJvm.Run run = run("queue-workers");
        List<String> lines = run.lines();
        assertEquals(31, lines.size(), run.output());
        assertEquals("Unordered results:", lines.getFirst());
        Pattern says = Pattern.compile("\t Process-[1-4] says that (mul|plus)\\((\\d+), (\\d+)\\) = (\\d+)");
        Set<Integer> muls = new HashSet<>();
        Set<Integer> pluses = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            Matcher m = says.matcher(lines.get(i));
            assertTrue(m.matches(), lines.get(i));
            int a = Integer.parseInt(m.group(2));
            int b = Integer.parseInt(m.group(3));
            boolean mul = m.group(1).equals("mul");
            assertEquals(i <= 20, mul, "the 20 mul results come first: " + lines.get(i));
            assertEquals(mul ? 7 : 8, b, lines.get(i));
            assertEquals(mul ? a * b : a + b, Integer.parseInt(m.group(4)), lines.get(i));
            assertTrue((mul ? muls : pluses).add(a), "twice: " + lines.get(i));
        }
        assertEquals(IntStream.range(0, 20).boxed().collect(Collectors.toSet()), muls);
        assertEquals(IntStream.range(0, 10).boxed().collect(Collectors.toSet()), pluses);
    }

    @Test
    void queueSquaresPrintsFiveSquaresByNumber() throws Exception {
        assertEquals(IntStream.range(0, 5).mapToObj(i -> "Number: " + i + ", Square: " + i * i).toList(),
                run("queue-squares").lines());
    }

    @Test
    void queueDrainConsumesWhatTheEndedProducerPut() throws Exception {
        assertEquals(numbered("Consumed: %d", 5), run("queue-drain").lines());
    }

    @Test
    void queueSentinelReceivesEveryMessageUntilTheNull() throws Exception {
        assertEquals(numbered("Received: Message %d", 5), run("queue-sentinel").lines());
    }

    @Test
    void producerConsumerConsumesInOrderEachItemAfterItIsProduced() throws Exception {
        ExampleJvm.Run run = run("producer-consumer");
        List<String> lines = run.lines();
        assertEquals(10, lines.size(), run.output());
        List<String> produced = numbered("Producing item %d", 5);
        List<String> consumed = numbered("Consuming item %d", 5);
        assertEquals(produced, lines.stream().filter(l -> l.startsWith("Producing")).toList(), run.output());
        assertEquals(consumed, lines.stream().filter(l -> l.startsWith("Consuming")).toList(), run.output());
        for (int i = 0; i < 5; i++) {
            assertTrue(lines.indexOf(consumed.get(i)) > lines.indexOf(produced.get(i)), run.output());
        }
    }

    @Test
    void setStartMethodAndGetContextPrintTheChildsHello() throws Exception {
        assertEquals(List.of("hello"), run("set-start-method").lines());
        assertEquals(List.of("hello"), run("get-context").lines());
    }

    @Test
    void queueListPrintsTheListWithItsNull() throws Exception {
        assertEquals(List.of("[42, null, hello]"), run("queue-list").lines());
    }

    @Test
    void pipeHelloReceivesTheSendersString() throws Exception {
        assertEquals(List.of("Received: Hello from the sender!"), run("pipe-hello").lines());
    }

    @Test
    void pipeSenderReceiverPrintsTheMessageInTheReceiver() throws Exception {
        assertEquals(List.of("Received message: Hello, this is a message from the sender!"),
                run("pipe-sender-receiver").lines());
    }

    @Test
    void pipeListPrintsTheListWithItsNull() throws Exception {
        assertEquals(List.of("[42, null, hello]"), run("pipe-list").lines());
    }

    @Test
    void pipePingReceivesEveryNumberAfterItWasSentAndEndsWithThePipe() throws Exception {
        List<String> lines = run("pipe-ping").lines();
        assertEquals(2 * PipePing.COUNT, lines.size(), String.join("\n", lines));
        List<String> sends = lines.stream().filter(l -> l.startsWith("send: ")).toList();
        List<String> receipts = lines.stream().filter(l -> l.startsWith("proc2 rev: ")).toList();
        assertEquals(numbered("send: %d", PipePing.COUNT), sends);
        assertEquals(numbered("proc2 rev: %d", PipePing.COUNT), receipts);
        for (int i = 0; i < PipePing.COUNT; i++) {
            assertTrue(lines.indexOf("send: " + i) < lines.indexOf("proc2 rev: " + i), "sent before received: " + i);
        }
    }

    @Test
    void queueNowaitAccountsForTheOneItem() throws Exception {
        ExampleJvm.Run run = run("queue-nowait");
        List<String> tookIt = List.of("1", "main: the reader took the item; nothing is left");
        List<String> foundNothing = List.of("reader: getNowait() threw Empty: the writer had not put yet",
                "main: the reader found nothing; left in the queue: 1");
        assertTrue(run.lines().equals(tookIt) || run.lines().equals(foundNothing), run.output());
    }

    @Test
    void queueGetHangShowsTheMistakeThenTheFix() throws Exception {
        ExampleJvm.Run run = run("queue-get-hang");
        List<String> lines = run.lines();
        assertEquals(19, lines.size(), run.output());
        long mainPid = assertInfo(lines.subList(0, 5), "__main__", "MainProcess", run);
        assertEquals(run.pid(), mainPid, run.output());
        assertChild(lines.subList(5, 10), "Process-1", mainPid, run);
        assertEquals(List.of("Hello, <Queue(qsize=0)>",
                "q.get() found nothing in 500 ms: f took the queue as its name and put nothing; the seed's q.get() waits forever",
                "the fix: f(q, \"bob\") puts its greeting on the queue"), lines.subList(10, 13), run.output());
        assertChild(lines.subList(13, 18), "Process-2", mainPid, run);
        assertEquals("Hello, bob", lines.get(18), run.output());
    }

    private void assertChild(List<String> info, String name, long mainPid, ExampleJvm.Run run) {
        long pid = assertInfo(info, "f", name, run);
        assertEquals("parent process: " + mainPid, info.get(3), run.output());
        if (context().equals("spawn")) {
            assertNotEquals(mainPid, pid, "a spawn child is a JVM of its own:\n" + run.output());
        } else {
            assertEquals(mainPid, pid, "a thread worker has its JVM's pid:\n" + run.output());
        }
    }

    /** Checks the five lines of {@code info(title)} and returns the pid they print. */
    private static long assertInfo(List<String> info, String title, String processName, ExampleJvm.Run run) {
        assertEquals(List.of(title, "module name: dev.mp4j.examples.QueueGetHang", "process name: " + processName),
                info.subList(0, 3), run.output());
        assertTrue(info.get(3).matches("parent process: \\d+"), run.output());
        return ExamplesContract.number("process id: (\\d+)", info.get(4));
    }

    @Test
    void listenerClientRefusesTheWrongKeyThenExchanges() throws Exception {
        ExampleJvm.Run run = run("listener-client");
        List<String> lines = run.lines();
        assertEquals(5, lines.size(), run.output());
        assertEquals("client: a wrong authkey is refused: the other end refused our digest"
                + " (do both ends have the same authkey?)", lines.get(0), run.output());
        assertTrue(lines.get(1).matches("listener: refused 1 peer with a wrong authkey, then accepted a connection"
                + " from 127\\.0\\.0\\.1:\\d+"), run.output());
        assertEquals(List.of("client: recv() gives [2.25, null, junk]", "client: recvBytes() gives hello",
                "client: recvBytesInto(a buffer of 20 bytes) gives 8: [42, 1729, 0, 0, 0]"), lines.subList(2, 5));
    }

    @Test
    void pythonInteropExchangesBothWaysOrSaysThereIsNoPython() throws Exception {
        ExampleJvm.Run run = run("python-interop");
        if (PythonInterop.onPath("python3").isEmpty()) {
            assertEquals(List.of(NO_PYTHON), run.lines());
            return;
        }
        List<String> lines = run.lines();
        assertEquals(3, lines.size(), run.output());
        assertEquals("mp4j Client sent 'hello from mp4j' to Python's Listener, which answered:"
                + " Python got b'hello from mp4j'", lines.get(0), run.output());
        Matcher hello = Pattern.compile("mp4j Listener received from Python's Client: (hello from Python 3\\.\\d+\\.\\S+)")
                .matcher(lines.get(1));
        assertTrue(hello.matches(), run.output());
        assertEquals("Python's Client received: mp4j got " + hello.group(1).length() + " bytes", lines.get(2));
    }

    @Test
    void pythonInteropWithoutPythonSaysSoAndSucceeds() throws Exception {
        ExampleJvm.Run run = ExampleJvm.run(Map.of("PATH", ""), "python-interop", "--context=" + context());
        assertEquals(0, run.exitCode(), run.output());
        assertEquals(List.of(NO_PYTHON), run.lines());
    }
}
