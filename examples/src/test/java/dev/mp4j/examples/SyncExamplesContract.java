package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sync examples (event-wait, semaphore-pool, condition-buffer, barrier-phases), each run
 * through the launcher in a JVM of its own under one context: the output shows what the
 * primitive promises, the exit code is 0, and nothing is left behind. One subclass per context.
 */
@Timeout(300)
abstract class SyncExamplesContract {

    /** The value of {@code --context=}. */
    abstract String context();

    private ExampleJvm.Run run(String example, String... args) throws Exception {
        return ExampleJvm.succeeded(example, context(), args);
    }

    @Test
    void eventWaitTimesOutBeforeMainSetsTheEvent() throws Exception {
        ExampleJvm.Run run = run("event-wait");
        List<String> lines = run.lines();
        assertEquals(5, lines.size(), run.output());
        assertEquals(Set.of("wait_for_event: starting", "wait_for_event_timeout: starting"),
                Set.copyOf(lines.subList(0, 2)), run.output());
        assertEquals("wait_for_event_timeout: e.is_set->False", lines.get(2), run.output());
        // The woken waiter and main print at the same time after the set: either may be first.
        assertEquals(Set.of("main: event is set", "wait_for_event: e.is_set()->True"),
                Set.copyOf(lines.subList(3, 5)), run.output());
    }

    @Test
    void semaphorePoolNeverHasMoreThanNInside() throws Exception {
        for (int slots : new int[] {2, 3}) {
            ExampleJvm.Run run = run("semaphore-pool", String.valueOf(slots));
            List<String> lines = run.lines();
            assertEquals(13, lines.size(), run.output());
            Pattern event = Pattern.compile("worker (\\d) (enters \\(slots: " + slots + "\\)|leaves)");
            Set<String> inside = new HashSet<>();
            int most = 0;
            for (String line : lines.subList(0, 12)) {
                Matcher m = event.matcher(line);
                assertTrue(m.matches(), line);
                if (m.group(2).startsWith("enters")) {
                    assertTrue(inside.add(m.group(1)), line);
                } else {
                    assertTrue(inside.remove(m.group(1)), line);
                }
                most = Math.max(most, inside.size());
            }
            assertTrue(most <= slots, "more than " + slots + " inside:\n" + run.output());
            assertEquals("at most " + slots + " workers were inside at once", lines.get(12));
        }
    }

    @Test
    void conditionBufferKeepsItsSizeInBoundsAndLosesNothing() throws Exception {
        ExampleJvm.Run run = run("condition-buffer");
        List<String> lines = run.lines();
        assertEquals(25, lines.size(), run.output());
        Pattern event = Pattern.compile("(producer|consumer) (\\d) (put|got) (\\d+) \\(size (\\d)\\)");
        List<Integer> put = new ArrayList<>();
        List<Integer> got = new ArrayList<>();
        int size = 0;
        for (String line : lines.subList(0, 24)) {
            Matcher m = event.matcher(line);
            assertTrue(m.matches(), line);
            size += m.group(3).equals("put") ? 1 : -1;
            assertEquals(size, Integer.parseInt(m.group(5)), "the printed size follows the events: " + line);
            assertTrue(size >= 0 && size <= 3, line);
            (m.group(3).equals("put") ? put : got).add(Integer.parseInt(m.group(4)));
        }
        assertEquals(put, got, "items come out in the order they went in");
        assertEquals("12 items produced, 12 consumed, sum 630", lines.get(24));
    }

    @Test
    void barrierPhasesPrintEachPhaseAfterItsWorkers() throws Exception {
        ExampleJvm.Run run = run("barrier-phases");
        List<String> lines = run.lines();
        assertEquals(12, lines.size(), run.output());
        for (int phase = 1; phase <= 3; phase++) {
            List<String> block = lines.subList((phase - 1) * 4, phase * 4);
            assertEquals(Set.of("worker 0: phase " + phase, "worker 1: phase " + phase, "worker 2: phase " + phase),
                    Set.copyOf(block.subList(0, 3)), run.output());
            assertEquals("=== phase " + phase + " done ===", block.get(3), run.output());
        }
    }
}
