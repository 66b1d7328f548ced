package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seed 004's pool_tutorial.py demos and its exercises, each run through the launcher in a JVM
 * of its own under one context. Times are checked for their form only: a loaded machine may
 * make any of them slow. One subclass per context.
 */
@Timeout(300)
abstract class TutorialExamplesContract {

    /** The value of {@code --context=}. */
    abstract String context();

    List<String> run(String example) throws Exception {
        return ExampleJvm.succeeded(example, context()).lines();
    }

    private static void assertMatches(String regex, String line) {
        assertTrue(line.matches(regex), "'" + line + "' does not match " + regex);
    }

    private static final String SECONDS = "\\d+\\.\\d\\ds";

    @Test
    void tutorialSpeedup() throws Exception {
        List<String> lines = run("tutorial-speedup");
        String squares = "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]";
        assertEquals(10, lines.size(), String.join("\n", lines));
        assertEquals("Input: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]", lines.get(0));
        assertEquals("Sequential execution:", lines.get(2));
        assertMatches(" Time: " + SECONDS, lines.get(3));
        assertEquals(" Results: " + squares, lines.get(4));
        assertEquals("Parallel execution with Pool:", lines.get(5));
        assertMatches(" Time: " + SECONDS, lines.get(6));
        assertEquals(" Results: " + squares, lines.get(7));
        assertMatches("Speedup: \\d+\\.\\d\\dx faster!", lines.get(8));
    }

    @Test
    void tutorialPoolSizes() throws Exception {
        List<String> lines = run("tutorial-pool-sizes");
        int cpus = Runtime.getRuntime().availableProcessors();
        assertEquals("Your system has " + cpus + " CPU cores", lines.get(0));
        assertEquals(" Testing different pool sizes on 20 tasks:", lines.get(1));
        List<Integer> sizes = List.of(1, 2, 4, cpus, cpus * 2);
        for (int i = 0; i < sizes.size(); i++) {
            assertMatches(" %2d processes: \\d+\\.\\d{3}s".formatted(sizes.get(i)), lines.get(2 + i));
        }
        assertEquals("Guidelines for pool size:", lines.get(7));
        assertEquals(12, lines.size(), String.join("\n", lines));
    }

    @Test
    void tutorialMapVsImap() throws Exception {
        List<String> lines = run("tutorial-map-vs-imap");
        assertEquals(List.of("Processing 8 items with variable delays", "Using map() (blocks until all complete):"),
                lines.subList(0, 2));
        assertMatches(" Got all results after " + SECONDS, lines.get(2));
        assertEquals(" Results: [0, 1, 4, 9, 16, 25, 36, 49]", lines.get(3));
        assertEquals("Using imap() (yields results incrementally):", lines.get(4));
        assertEquals(13, lines.size(), String.join("\n", lines));
        double previous = 0;
        for (int i = 0; i < 8; i++) { // in order, each no earlier than the one before
            String line = lines.get(5 + i);
            assertMatches(" \\[" + SECONDS + "] Got result #" + i + ": " + i * i + " \\(took 0\\.[123]\\ds\\)", line);
            double at = Double.parseDouble(line.substring(2, line.indexOf('s')));
            assertTrue(at >= previous, line);
            previous = at;
        }
    }

    @Test
    void tutorialChunksize() throws Exception {
        List<String> lines = run("tutorial-chunksize");
        assertEquals(List.of("Processing 1000 quick tasks:", " Testing different chunksizes..."), lines.subList(0, 2));
        List<Integer> chunksizes = List.of(1, 10, 50, 100);
        for (int i = 0; i < 4; i++) {
            assertMatches(" Chunksize %3d: \\d+\\.\\d{4}s".formatted(chunksizes.get(i)), lines.get(2 + i));
        }
        assertEquals("Chunksize guidelines:", lines.get(6));
        assertEquals(11, lines.size(), String.join("\n", lines));
    }

    @Test
    void tutorialBatchImages() throws Exception {
        List<String> lines = run("tutorial-batch-images");
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertEquals("Processing 50 images...", lines.get(0));
        assertMatches("✓ Processed 50 images in " + SECONDS, lines.get(1));
        assertMatches(" Total size: \\d+\\.\\d KB", lines.get(2));
        assertMatches(" Average size: \\d+\\.\\d\\d KB", lines.get(3));
        assertMatches(" Throughput: \\d+\\.\\d images/sec", lines.get(4));
        double total = Double.parseDouble(lines.get(2).replaceAll("[^\\d.]", ""));
        assertTrue(total > 0, "the JPEGs written were empty: " + lines.get(2));
    }

    @Test
    void exerciseFactorial() throws Exception {
        List<String> lines = run("exercise-factorial");
        long f = 1;
        for (int n = 1; n <= 20; n++) {
            f *= n;
            assertEquals(n + "! = " + f, lines.get(n - 1));
        }
        assertEquals("", lines.get(20));
        assertMatches("Sequential: \\d+\\.\\d{4}s", lines.get(21));
        assertMatches("Pool: \\d+\\.\\d{4}s", lines.get(22));
        assertEquals(23, lines.size(), String.join("\n", lines));
    }

    @Test
    void exercisePower() throws Exception {
        List<String> lines = run("exercise-power");
        assertEquals(List.of("2^10 = 1024", "3^5 = 243", "5^3 = 125", "7^4 = 2401", "10^6 = 1000000",
                "2^20 = 1048576", "3^10 = 59049", "4^8 = 65536", "6^5 = 7776", "9^3 = 729", ""), lines.subList(0, 11));
        assertMatches("Elapsed: " + SECONDS, lines.get(11));
        assertEquals(12, lines.size(), String.join("\n", lines));
    }

    @Test
    void exerciseSafeDivide() throws Exception {
        assertEquals(List.of(" 10/2: OK — 5.0", " 20/0: FAIL — division by zero", " 30/5: OK — 6.0",
                " 40/0: FAIL — division by zero", " 50/10: OK — 5.0", " 60/3: OK — 20.0",
                " 70/0: FAIL — division by zero", " 80/4: OK — 20.0", " 90/9: OK — 10.0",
                " 100/0: FAIL — division by zero", "", "Successes: 6, Failures: 4"), run("exercise-safe-divide"));
    }
}
