package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every example, run through the launcher in a JVM of its own, under one context: the
 * output says what the seed says, the exit code is 0, and nothing is left behind.
 * One subclass per context.
 */
@Timeout(300)
abstract class ExamplesContract {

    /** The value of {@code --context=}. */
    abstract String context();

    /**
     * Checks the pids printed by process-info: the main JVM's, and the child's own and its
     * parent's, as the child printed them.
     */
    abstract void assertChildPids(long mainPid, long childPid, long childParentPid, ExampleJvm.Run run);

    ExampleJvm.Run run(String example, String... args) throws Exception {
        return ExampleJvm.succeeded(example, context(), args);
    }

    @Test
    void processSquaresPrintsFiveSquaresThenCompletes() throws Exception {
        ExampleJvm.Run run = run("process-squares");
        List<String> lines = run.lines();
        Set<String> expected = IntStream.range(0, 5)
                .mapToObj(i -> "Process " + i + ": Square of " + i + " is " + i * i)
                .collect(Collectors.toSet());
        assertEquals(6, lines.size(), run.output());
        assertEquals(expected, Set.copyOf(lines.subList(0, 5)), run.output());
        assertEquals("All processes are complete!", lines.get(5), run.output());
    }

    @Test
    void processInfoPrintsMainThenChild() throws Exception {
        ExampleJvm.Run run = run("process-info");
        List<String> lines = run.lines();
        assertEquals(11, lines.size(), run.output());
        assertEquals("main line", lines.get(0));
        assertEquals("module name: dev.mp4j.examples.ProcessInfo", lines.get(1));
        assertEquals("process name: MainProcess", lines.get(2));
        assertEquals("function f", lines.get(5));
        assertEquals("module name: dev.mp4j.examples.ProcessInfo", lines.get(6));
        assertEquals("process name: Process-1", lines.get(7));
        assertEquals("hello bob", lines.get(10));

        long mainParent = number("parent process: (\\d+)", lines.get(3));
        long mainPid = number("process id: (\\d+)", lines.get(4));
        long childParent = number("parent process: (\\d+)", lines.get(8));
        long childPid = number("process id: (\\d+)", lines.get(9));
        assertEquals(run.pid(), mainPid, "the main process is the JVM that was launched");
        assertEquals(ProcessHandle.current().pid(), mainParent, "the main process's parent launched it");
        assertChildPids(mainPid, childPid, childParent, run);
    }

    @Test
    void valueRaceReportsTheLostUpdates() throws Exception {
        ExampleJvm.Run run = run("value-race");
        assertRaceReport(run, 4000);
    }

    @Test
    void valueRaceTakesACount() throws Exception {
        ExampleJvm.Run run = run("value-race", "20000");
        assertRaceReport(run, 80_000);
    }

    private static void assertRaceReport(ExampleJvm.Run run, int expected) {
        List<String> lines = run.lines();
        long finalValue = number("Final value: (\\d+)", lines.get(0));
        assertEquals("Expected: " + expected, lines.get(1), run.output());
        assertEquals("Lost updates: " + (expected - finalValue), lines.get(2), run.output());
        // Lost updates only ever lower the total; the last write is at least 1.
        assertTrue(finalValue >= 1 && finalValue <= expected, run.output());
        assertTrue(run.output().contains("read followed by a write"), run.output());
    }

    @Test
    void valueLockLosesNothing() throws Exception {
        ExampleJvm.Run run = run("value-lock");
        assertEquals(List.of("Final value: 4000"), run.lines());
    }

    @Test
    void valueLockTakesACount() throws Exception {
        ExampleJvm.Run run = run("value-lock", "5000");
        assertEquals(List.of("Final value: 20000"), run.lines());
    }

    @Test
    void lockPrintPrintsTenWholeLines() throws Exception {
        ExampleJvm.Run run = run("lock-print");
        List<String> lines = run.lines();
        Set<String> expected = IntStream.range(0, 10).mapToObj(i -> "hello world " + i)
                .collect(Collectors.toSet());
        assertEquals(10, lines.size(), run.output());
        assertEquals(expected, Set.copyOf(lines), run.output());
    }

    static long number(String regex, String line) {
        Matcher m = Pattern.compile(regex).matcher(line);
        assertTrue(m.matches(), "'" + line + "' does not match " + regex);
        return Long.parseLong(m.group(1));
    }
}
