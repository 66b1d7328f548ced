package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The manager examples, each run through the launcher in a JVM of its own under one context:
 * the output is the seed's, the exit code is 0, and nothing is left behind. One subclass per
 * context.
 */
@Timeout(300)
abstract class ManagerExamplesContract {

    /** The value of {@code --context=}. */
    abstract String context();

    private List<String> lines(String example) throws Exception {
        return ExampleJvm.succeeded(example, context()).lines();
    }

    @Test
    void managerListHoldsEveryProcesssAppends() throws Exception {
        List<String> lines = lines("manager-list");
        assertEquals(1, lines.size(), lines.toString());
        String prefix = "Final Shared List: [";
        assertEquals(prefix, lines.getFirst().substring(0, prefix.length()));
        List<String> items = new ArrayList<>(List.of(lines.getFirst().substring(prefix.length(),
                lines.getFirst().length() - 1).split(", ")));
        Collections.sort(items);
        // The three processes' appends may interleave; each appends 0, 1, 2.
        assertEquals(List.of("0", "0", "0", "1", "1", "1", "2", "2", "2"), items);
    }

    @Test
    void managerDictHoldsEveryProcesssKey() throws Exception {
        assertEquals(List.of("Shared dictionary: {key-0=0, key-1=1, key-2=2, key-3=3}"), lines("manager-dict"));
    }

    @Test
    void managerMathsComputesInTheServer() throws Exception {
        assertEquals(List.of("7", "56"), lines("manager-maths"));
    }

    @Test
    void managerRemoteQueuePassesHelloBetweenClients() throws Exception {
        assertEquals(List.of("hello"), lines("manager-remote-queue"));
    }

    @Test
    void managerLocalWorkerServesTheWorkersQueueToAClient() throws Exception {
        assertEquals(List.of("local hello"), lines("manager-local-worker"));
    }

    @Test
    void managerProxyObjectsShowsTheReferentTheProxyAndNesting() throws Exception {
        List<String> lines = lines("manager-proxy-objects");
        assertEquals(6, lines.size(), lines.toString());
        String squares = "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]";
        assertEquals(squares, lines.get(0));
        if (context().equals("spawn")) {
            assertTrue(lines.get(1).matches("<ListProxy object, typeid 'list', id \\d+ at .+\\.sock>"), lines.get(1));
        } else {
            assertEquals(squares, lines.get(1));
        }
        assertEquals(List.of("16", "[4, 9, 16]", "[[]] []", "[hello] [hello]"), lines.subList(2, 6));
    }

    @Test
    void managerProxiesPrintsWhatTheSeedPrints() throws Exception {
        String rule = "-".repeat(20);
        assertEquals(List.of(rule, "you called Foo.f()", "you called Foo.g()", rule, "you called Foo.g()",
                "you called Foo._h()", rule, "<0> <1> <4> <9> <16> <25> <36> <49> <64> <81> ", rule,
                "op.add(23, 45) = 68", "op.pow(2, 94) = 19807040628566084398385987584", "op exposes [add, pow]"),
                lines("manager-proxies"));
    }
}
