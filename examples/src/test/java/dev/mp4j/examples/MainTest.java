package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The launcher's command line: the tour, {@code list}, and what it refuses. */
@Timeout(300)
class MainTest {

    @Test
    void listNamesEveryExampleUnderItsGroup() throws Exception {
        ExampleJvm.Run run = ExampleJvm.run("list");
        assertEquals(0, run.exitCode(), run.output());
        List<String> expected = new ArrayList<>();
        for (Examples.Group group : Examples.groups()) {
            expected.add(group.title());
            group.examples().forEach(e -> expected.add(e.name()));
        }
        assertEquals(expected, run.lines().stream().map(l -> l.startsWith("  ") ? l.strip().split(" ")[0] : l).toList(),
                run.output());
        for (Example example : Examples.all()) {
            String line = run.lines().stream().filter(l -> l.startsWith("  " + example.name() + " ")).findFirst()
                    .orElseThrow();
            assertTrue(line.endsWith(" " + example.description()), line);
            String seed = example.seedFile().equals(Example.NO_SEED) ? "-" : example.seedFile().substring(0, 3);
            assertTrue(line.matches("  " + example.name() + " +" + seed + " +.*"), line);
        }
        Set<String> names = Examples.all().stream().map(Example::name).collect(Collectors.toSet());
        assertEquals(Examples.all().size(), names.size(), "two examples share a name");
        assertTrue(names.containsAll(Set.of("process-squares", "process-info", "value-race", "value-lock", "lock-print")), names.toString());
        assertTrue(names.containsAll(Set.of("event-wait", "semaphore-pool", "condition-buffer", "barrier-phases")), names.toString());
    }

    @Test
    void listBySeedNamesEveryExampleUnderItsSeed() throws Exception {
        ExampleJvm.Run run = ExampleJvm.run("list", "--by-seed");
        assertEquals(0, run.exitCode(), run.output());
        Map<String, String> seedOfExample = new HashMap<>();
        String section = null;
        for (String line : run.lines()) {
            if (line.startsWith("  ")) {
                assertNotNull(section, "an example before the first seed title:\n" + run.output());
                seedOfExample.put(line.strip().split(" ")[0], section);
            } else {
                section = line;
            }
        }
        assertEquals(Examples.all().size(), seedOfExample.size(), run.output());
        for (Example example : Examples.all()) {
            String title = seedOfExample.get(example.name());
            assertTrue(example.seedFile().equals(Example.NO_SEED) ? title.startsWith("No seed")
                    : title.startsWith("Seed " + example.seedFile() + ": "), example.name() + " under " + title);
        }
    }

    @Test
    void listRefusesAnyOtherArgument() throws Exception {
        assertRefused("list takes no argument but --by-seed", "list", "--by-topic");
    }

    @Test
    void everyExampleNamesTheSeedItComesFrom() {
        for (Example example : Examples.all()) {
            assertTrue(example.seedFile().matches("\\d{3}_[0-9a-f]{16}\\.txt") || example.seedFile().equals(Example.NO_SEED),
                    example.seedFile());
            if (!example.seedFile().equals(Example.NO_SEED)) {
                assertFalse(Examples.seedSummary(example.seedFile()).isBlank(), example.seedFile());
            }
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
                "value-array", "shared-memory", "pool-cubes", "pool-starmap", "semaphore-pool", "barrier-phases",
                "lock-plain-list", "pool-check-urls", "exercise-safe-divide", "fork-forkserver")) {
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
        assertTrue(run.output().contains("'cluster-pool' and 'cluster-queue'"), "the tour mentions the cluster examples");
    }

    private static void assertRefused(String message, String... args) throws Exception {
        ExampleJvm.Run run = ExampleJvm.run(args);
        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("mp4j-examples: "), run.output());
        assertTrue(run.output().contains(message), run.output());
        assertTrue(run.output().contains("usage:"), run.output());
    }
}
