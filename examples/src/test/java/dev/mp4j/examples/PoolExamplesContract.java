package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Pool examples, each run through the launcher in a JVM of its own under one context:
 * the output says what the seed says, the exit code is 0, nothing is left behind.
 * One subclass per context.
 */
@Timeout(300)
abstract class PoolExamplesContract {

    /** The value of {@code --context=}. */
    abstract String context();

    /** The worker name prefix of the context: {@code SpawnPoolWorker} or {@code ThreadPoolWorker}. */
    abstract String workerPrefix();

    ExampleJvm.Run run(String example) throws Exception {
        return ExampleJvm.succeeded(example, context());
    }

    private static void assertHasLine(ExampleJvm.Run run, String line) {
        assertTrue(run.lines().contains(line), "no line '" + line + "' in:\n" + run.output());
    }

    @Test
    void poolDemo() throws Exception {
        ExampleJvm.Run run = run("pool-demo");
        List<String> lines = run.lines();
        assertEquals("Creating pool with 4 processes", lines.getFirst());
        Pattern says = Pattern.compile("\t " + workerPrefix() + "-\\d+ says that (mul|plus)\\((\\d), (7|8)\\) = (\\d+)");
        for (String section : List.of("Ordered results using pool.applyAsync():", "Ordered results using pool.imap():",
                "Ordered results using pool.map() --- will block till complete:")) {
            int at = lines.indexOf(section);
            assertTrue(at >= 0, section + " missing:\n" + run.output());
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                expected.add("mul(" + i + ", 7) = " + i * 7);
            }
            for (int i = 0; i < 10; i++) {
                expected.add("plus(" + i + ", 8) = " + (i + 8));
            }
            for (int i = 0; i < 20; i++) {
                String line = lines.get(at + 1 + i);
                assertTrue(says.matcher(line).matches(), line);
                assertTrue(line.endsWith(expected.get(i)), line + " should end with " + expected.get(i));
            }
        }
        int unordered = lines.indexOf("Unordered results using pool.imapUnordered():");
        assertTrue(lines.subList(unordered + 1, unordered + 21).stream().allMatch(l -> says.matcher(l).matches()),
                run.output());
        for (String from : List.of("pool.apply()", "pool.map()", "list(pool.imap())", "IMapIterator.next()")) {
            assertHasLine(run, "\tGot ArithmeticException as expected from " + from);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Testing AsyncResult.get() with timeout:")), run.output());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Testing IMapIterator.next() with timeout:")), run.output());
    }

    @Test
    void poolCubes() throws Exception {
        assertEquals(List.of("Cubes: [1, 8, 27, 64, 125]"), run("pool-cubes").lines());
    }

    @Test
    void poolMapVsAsync() throws Exception {
        assertEquals(List.of("Results from map: [1, 4, 9, 16]", "Results from apply_async: [1, 4, 9, 16]"),
                run("pool-map-vs-async").lines());
    }

    @Test
    void poolStarmap() throws Exception {
        assertEquals(List.of("Results: [2, 12, 30]"), run("pool-starmap").lines());
    }

    @Test
    void poolApplyFactorial() throws Exception {
        assertEquals(List.of("Factorial results: [24, 120, 720, 5040]"), run("pool-apply-factorial").lines());
    }

    @Test
    void poolInitializer() throws Exception {
        ExampleJvm.Run run = run("pool-initializer");
        List<String> lines = run.lines();
        assertEquals("[10, 20, 30, 40, 50]", lines.getLast());
        assertEquals(4, lines.size() - 1, run.output());
        assertTrue(lines.subList(0, 4).stream().allMatch(l ->
                l.matches("Worker " + workerPrefix() + "-\\d+ initialized with 10")), run.output());
    }

    @Test
    void poolCallbacks() throws Exception {
        ExampleJvm.Run run = run("pool-callbacks");
        assertHasLine(run, "Success: 25");
        assertHasLine(run, "Error: Negative!");
        for (String f : List.of("5! = 120", "10! = 3628800", "15! = 1307674368000", "20! = 2432902008176640000")) {
            assertHasLine(run, " ✓ Success: " + f);
        }
    }

    @Test
    void poolLifecycle() throws Exception {
        assertEquals(List.of("[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]",
                "close() + join(): workers finished the submitted work and exited",
                "terminate(): pending result failed: the pool was terminated before this task finished",
                "terminate() + join(): workers stopped at once",
                "with try-with-resources: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]"), run("pool-lifecycle").lines());
    }

    @Test
    void mapAsyncProgress() throws Exception {
        ExampleJvm.Run run = run("map-async-progress");
        List<String> lines = run.lines();
        assertEquals("Processing 20 items asynchronously...", lines.getFirst());
        assertHasLine(run, "Still working...");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("cubes [####################] 100%  20/20  failed 0")),
                run.output());
        assertEquals("Tasks submitted, doing other work...", lines.get(1));
        String cubes = IntStream.range(0, 20).mapToObj(i -> String.valueOf(i * i * i))
                .collect(Collectors.joining(", ", "[", "]"));
        assertEquals(List.of("All tasks completed!", " First 5 results: [0, 1, 8, 27, 64]", cubes),
                lines.subList(lines.size() - 3, lines.size()));
    }

    @Test
    void poolErrors() throws Exception {
        assertEquals(List.of("Method 1: Let exceptions propagate (default)",
                " Caught exception: ArithmeticException: / by zero",
                "Method 2: Handle errors individually",
                " 10/2: ok 5", " 20/4: ok 5", " 15/0: Error: / by zero", " 30/6: ok 5", " 25/0: Error: / by zero"),
                run("pool-errors").lines());
    }

    @Test
    void primeCheck() throws Exception {
        ExampleJvm.Run run = run("prime-check");
        List<String> lines = run.lines().stream().filter(l -> !l.startsWith("primes ")).toList();
        assertEquals(List.of("Testing check_prime():",
                " check_prime(     2) = true  (expected true ) [PASS]",
                " check_prime(    97) = true  (expected true ) [PASS]",
                " check_prime(   100) = false (expected false) [PASS]",
                " check_prime( 10007) = true  (expected true ) [PASS]",
                "Quick validation on one number:",
                " Testing trivial non-prime: 112272535095295"), lines.subList(0, 7), run.output());
        assertTrue(lines.get(7).matches(" Result: false \\(checked in \\d+\\.\\d{4}s\\)"), lines.get(7));
        assertHasLine(run, " 18-digit prime       (100109100129100151): true");
        assertHasLine(run, " 15-digit composite   (100109100129100369): false");
        int serial = lines.indexOf("Processing 7 numbers serially:");
        assertTrue(lines.get(serial + 9).matches("Total serial time: \\d+\\.\\d{4}s"), run.output());
        assertTrue(lines.get(serial + 10).matches("Average per number: \\d+\\.\\d{4}s"), run.output());
        int parallel = lines.indexOf("Processing 7 numbers with a Pool:");
        assertTrue(lines.get(parallel + 8).matches("Total parallel time: \\d+\\.\\d{4}s"), run.output());
        assertTrue(lines.get(parallel + 9).matches("Average per number: \\d+\\.\\d{4}s"), run.output());
        int analysis = lines.indexOf("Speedup Analysis:");
        assertEquals(parallel + 10, analysis, run.output());
        assertTrue(lines.get(analysis + 3).matches(" Speedup: \\d+\\.\\d\\dx"), run.output());
        assertTrue(lines.get(analysis + 5).matches(" Efficiency: \\d+\\.\\d% \\(speedup / cores\\)"), run.output());
        int interpretation = lines.indexOf("Interpretation:");
        assertTrue(Set.of(" Good efficiency: Using cores well (>80%)", " Okay efficiency: Using cores okay (overhead present)",
                " This can happen with small jobs or I/O-bound work").contains(lines.get(interpretation + 2)), run.output());
        int async = lines.indexOf("Demonstration with apply_async():");
        assertEquals("Jobs submitted, waiting for results...", lines.get(async + 1));
        assertEquals(lines.subList(parallel + 1, parallel + 8), lines.subList(async + 2, async + 9), run.output());
        assertTrue(lines.getLast().matches("Total time with async: \\d+\\.\\d{4}s"), run.output());
    }

    @Test
    void poolFiles() throws Exception {
        assertEquals(List.of("a.txt: 5 words", "b.txt: 10 words", "c.txt: 0 words"), run("pool-files").lines());
    }

    @Test
    void executorPrimes() throws Exception {
        ExampleJvm.Run run = run("executor-primes");
        List<String> lines = run.lines();
        int at = lines.indexOf("Processing 7 numbers with ProcessPoolExecutor.map:");
        assertTrue(at > 0, run.output());
        assertEquals(List.of(" trivial non-prime    (112272535095295): false",
                " 15-digit composite   (100109100129100369): false",
                " 15-digit composite 2 (100109100129101027): false",
                " 18-digit prime       (100109100129100151): true",
                " 18-digit prime 2     (100109100129162907): true",
                " 19-digit prime       (1000000000000000003): true",
                " 19-digit prime 2     (1000000000000000009): true"), lines.subList(at + 1, at + 8), run.output());
        assertTrue(lines.get(at + 8).matches("Total parallel time: \\d+\\.\\d{4}s"), run.output());
        assertTrue(lines.getLast().matches("Speedup: \\d+\\.\\d\\dx on \\d+ cores"), run.output());
    }

    @Test
    void executorFutures() throws Exception {
        assertEquals(List.of("Result for task 0: 0", "Result for task 1: 1", "Result for task 2: 4",
                "Result for task 3: 9", "Sum of the squares (allOf, thenApply): 14",
                "Square of the square of 3 (thenCompose): 81", "Error of a task (exceptionally): / by zero"),
                run("executor-futures").lines());
    }
}
