package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The launcher's command line: the tour, {@code list}, and what it refuses. */
@Timeout(300)
class MainTest {

    @Test
    void listNamesEveryExampleWithItsDescription() throws Exception {
        ExampleJvm.Run run = ExampleJvm.run("list");
        assertEquals(0, run.exitCode(), run.output());
        List<String> lines = run.lines();
        assertEquals(Examples.all().size(), lines.size(), run.output());
        for (int i = 0; i < lines.size(); i++) {
            Example example = Examples.all().get(i);
            assertTrue(lines.get(i).startsWith(example.name() + " "), lines.get(i));
            assertTrue(lines.get(i).endsWith(example.description()), lines.get(i));
        }
        Set<String> names = Examples.all().stream().map(Example::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("process-squares", "process-info", "value-race", "value-lock", "lock-print")), names.toString());
        assertTrue(names.containsAll(Set.of("event-wait", "semaphore-pool", "condition-buffer", "barrier-phases")), names.toString());
    }

    @Test
    void everyExampleNamesTheSeedItComesFrom() {
        for (Example example : Examples.all()) {
            assertTrue(example.seedFile().matches("\\d{3}_[0-9a-f]{16}\\.txt"), example.seedFile());
        }
    }

    @Test
    void unknownExampleExitsWithTwo() throws Exception {
        assertRefused("unknown example 'no-such-example'", "no-such-example");
    }

    @Test
    void unknownContextExitsWithTwo() throws Exception {
        assertRefused("unknown context 'forks'", "value-lock", "--context=forks");
    }

    @Test
    void forkContextIsRefusedWithTheContextsToUse() throws Exception {
        assertRefused("no 'fork' context: a JVM cannot be forked; use spawn", "value-lock", "--context=fork");
    }

    @Test
    void unknownOptionExitsWithTwo() throws Exception {
        assertRefused("unknown option '--verbose'", "value-lock", "--verbose");
    }

    @Test
    void badCountExitsWithTwo() throws Exception {
        assertRefused("the count must be a positive integer, got 'many'", "value-race", "many");
    }

    @Test
    void argumentToAnExampleWithoutArgumentsExitsWithTwo() throws Exception {
        assertRefused("process-squares takes no arguments", "process-squares", "7");
    }

    @Test
    void tourRunsEachStopUnderBothContexts() throws Exception {
        ExampleJvm.Run run = ExampleJvm.run();
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("on Java " + Runtime.version().feature()), run.output());
        for (String example : List.of("process-squares", "process-info", "value-race", "value-lock", "lock-print",
                "value-array", "shared-memory", "pool-cubes", "pool-starmap", "semaphore-pool", "barrier-phases")) {
            for (String context : List.of("threads", "spawn")) {
                assertTrue(run.lines().stream().anyMatch(l -> l.startsWith("=== " + example + " --context=" + context)),
                        "no header for " + example + " under " + context + ":\n" + run.output());
            }
        }
        assertEquals(2, run.lines().stream().filter("Final value: 4000"::equals).count(), run.output());
        assertEquals(2, run.lines().stream().filter("All processes are complete!"::equals).count(), run.output());
        assertEquals(2, run.lines().stream().filter("Cubes: [1, 8, 27, 64, 125]"::equals).count(), run.output());
        assertEquals(2, run.lines().stream().filter("Results: [2, 12, 30]"::equals).count(), run.output());
        assertTrue(run.output().contains("Tour complete"), run.output());
    }

    private static void assertRefused(String message, String... args) throws Exception {
        ExampleJvm.Run run = ExampleJvm.run(args);
        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("mp4j-examples: "), run.output());
        assertTrue(run.output().contains(message), run.output());
        assertTrue(run.output().contains("usage:"), run.output());
    }
}
