package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The basic programs of seeds 001-003 (processes, a lock, the first pools, start methods), each
 * run through the launcher in a JVM of its own under one context. One subclass per context.
 */
@Timeout(300)
abstract class BasicsExamplesContract {

    /** The value of {@code --context=}. */
    abstract String context();

    boolean spawn() {
        return context().equals("spawn");
    }

    ExampleJvm.Run run(String example) throws Exception {
        return ExampleJvm.succeeded(example, context());
    }

    private static Set<String> asSet(List<String> lines) {
        return Set.copyOf(lines);
    }

    @Test
    void processHello() throws Exception {
        ExampleJvm.Run run = run("process-hello");
        assertEquals(4, run.lines().size(), run.output());
        assertEquals(IntStream.rangeClosed(1, 4).mapToObj(i -> "Hello from process: Process-" + i)
                .collect(Collectors.toSet()), asSet(run.lines()), run.output());
    }

    @Test
    void lockStartDone() throws Exception {
        List<String> lines = run("lock-start-done").lines();
        assertEquals(8, lines.size(), String.join("\n", lines));
        Set<Integer> seen = new HashSet<>();
        for (int at = 0; at < 8; at += 2) { // each pair unbroken, whatever the order of the processes
            String starting = lines.get(at);
            assertTrue(starting.matches("Process [0-3] is starting\\."), starting);
            int i = starting.charAt("Process ".length()) - '0';
            assertEquals("Process " + i + " is done.", lines.get(at + 1), String.join("\n", lines));
            assertTrue(seen.add(i), "process " + i + " twice");
        }
    }

    @Test
    void lockPlainList() throws Exception {
        List<String> lines = run("lock-plain-list").lines();
        assertEquals(spawn() ? "Final shared count: 0" : "Final shared count: 5", lines.getFirst(),
                String.join("\n", lines));
        assertTrue(lines.get(1).contains(spawn() ? "its own copy" : "share this JVM's array"), lines.get(1));
    }

    @Test
    void poolSquares() throws Exception {
        assertEquals(List.of("Squared Numbers: [1, 4, 9, 16, 25]"), run("pool-squares").lines());
    }

    @Test
    void poolSubmitResult() throws Exception {
        assertEquals(List.of("Result for task 0: 0", "Result for task 1: 1", "Result for task 2: 4",
                "Result for task 3: 9"), run("pool-submit-result").lines());
    }

    @Test
    void poolCheckUrls() throws Exception {
        List<String> lines = run("pool-check-urls").lines();
        assertEquals(3, lines.size(), String.join("\n", lines));
        String site = "http://127\\.0\\.0\\.1:\\d+/";
        assertTrue(lines.get(0).matches(site + "google\\.com returned status 200"), lines.get(0));
        assertTrue(lines.get(1).matches(site + "yahoo\\.com returned status 200"), lines.get(1));
        assertTrue(lines.get(2).matches(site + "nonexistentwebsite\\.com returned status Error"), lines.get(2));
    }

    @Test
    void poolWorkers() throws Exception {
        ExampleJvm.Run run = run("pool-workers");
        List<String> lines = run.lines();
        assertEquals(17, lines.size(), run.output());
        assertEquals("[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]", lines.get(0));
        assertEquals(IntStream.range(0, 10).mapToObj(i -> String.valueOf(i * i)).collect(Collectors.toSet()),
                asSet(lines.subList(1, 11)), run.output());
        assertEquals("400", lines.get(11));
        assertTrue(lines.get(12).matches("\\d+"), lines.get(12));
        assertTrue(lines.get(13).matches("\\[\\d+, \\d+, \\d+, \\d+]"), lines.get(13));
        if (spawn()) { // the workers are child JVMs, none of them the launcher
            assertTrue(!lines.get(12).equals(String.valueOf(run.pid())), lines.get(12));
        } else {
            assertEquals(String.valueOf(run.pid()), lines.get(12));
        }
        assertEquals(List.of("We lacked patience and got a multiprocessing.TimeoutError",
                "For the moment, the pool remains available for more work",
                "Now the pool is closed and no longer available"), lines.subList(14, 17));
    }

    @Test
    void poolGetTimeout() throws Exception {
        List<String> lines = run("pool-get-timeout").lines();
        assertEquals(List.of("100", "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]", "0", "1", "4"), lines.subList(0, 5),
                String.join("\n", lines));
        assertEquals(6, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(5).startsWith("TimeoutError: "), lines.get(5));
    }

    @Test
    void clockProcess() throws Exception {
        List<String> lines = run("clock-process").lines();
        assertEquals(5, lines.size(), String.join("\n", lines));
        for (String line : lines) {
            assertTrue(line.matches("the time is [A-Z][a-z]{2} [A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}"), line);
        }
    }

    @Test
    void cpuCount() throws Exception {
        assertEquals(List.of(String.valueOf(Runtime.getRuntime().availableProcessors())), run("cpu-count").lines());
    }

    private static final String LETTERS = IntStream.range(97, 123).mapToObj(Character::toString)
            .collect(Collectors.joining(", ", "[", "]"));

    @Test
    void printRangeAscii() throws Exception {
        assertEquals(Set.of("range(0, 10)", LETTERS), asSet(run("print-range-ascii").lines()));
    }

    @Test
    void forkForkserver() throws Exception {
        List<String> lines = run("fork-forkserver").lines();
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("Context.byName(\"fork\"): mp4j has no 'fork' context: a JVM cannot be forked"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("Context.byName(\"forkserver\"): mp4j has no 'forkserver' context")
                && lines.get(1).contains("withSpares"), lines.get(1));
        assertEquals(spawn() ? "With Context.spawn().withSpares(2):" : "With Context.threads():", lines.get(2));
        assertEquals(Set.of("range(0, 10)", LETTERS), asSet(lines.subList(3, 5)));
    }
}
