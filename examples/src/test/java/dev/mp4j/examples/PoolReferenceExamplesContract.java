package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The ports of seed 004's Pool reference, each run through the launcher in a JVM of its own
 * under one context: the output says what the seed says, the exit code is 0, nothing is
 * left behind. One subclass per context.
 */
@Timeout(300)
abstract class PoolReferenceExamplesContract {

    /** The value of {@code --context=}. */
    abstract String context();

    /** Whether the workers are threads of the example's JVM, and so report its pid as theirs. */
    abstract boolean workersShareTheJvm();

    ExampleJvm.Run run(String example) throws Exception {
        return ExampleJvm.succeeded(example, context());
    }

    /** Matches every line of {@code lines} against {@code pattern}, failing with the whole output. */
    private static List<Matcher> matchAll(Pattern pattern, List<String> lines, ExampleJvm.Run run) {
        return lines.stream().map(l -> {
            Matcher m = pattern.matcher(l);
            assertTrue(m.matches(), "'" + l + "' does not match " + pattern + " in:\n" + run.output());
            return m;
        }).toList();
    }

    /** Checks the pids the workers printed: the example JVM's for thread workers, at most {@code workers} others else. */
    private void assertWorkerPids(Set<Long> pids, int workers, ExampleJvm.Run run) {
        if (workersShareTheJvm()) {
            assertEquals(Set.of(run.pid()), pids, run.output());
        } else {
            assertTrue(!pids.contains(run.pid()) && pids.size() <= workers, pids + " in:\n" + run.output());
        }
    }

    /** The seconds of a line such as {@code Parallel: 0.35s}. */
    private static double seconds(String line, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + ": (\\d+\\.\\d\\d)s").matcher(line);
        assertTrue(m.matches(), line);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void poolBasicUsage() throws Exception {
        ExampleJvm.Run run = run("pool-basic-usage");
        List<String> lines = run.lines();
        assertEquals(6, lines.size(), run.output());
        List<Matcher> computing = matchAll(Pattern.compile("Process (\\d+): computing (\\d)²"), lines.subList(0, 5), run);
        assertEquals(Set.of(1, 2, 3, 4, 5), computing.stream().map(m -> Integer.parseInt(m.group(2)))
                .collect(Collectors.toSet()), run.output());
        assertWorkerPids(computing.stream().map(m -> Long.parseLong(m.group(1))).collect(Collectors.toSet()), 4, run);
        assertEquals("[1, 4, 9, 16, 25]", lines.getLast());
    }

    @Test
    void poolDefaultWorkers() throws Exception {
        assertEquals(List.of("Workers: " + Context.cpuCount()), run("pool-default-workers").lines());
    }

    @Test
    void poolMapTiming() throws Exception {
        ExampleJvm.Run run = run("pool-map-timing");
        List<String> lines = run.lines();
        assertEquals(3, lines.size(), run.output());
        // Ten sleeps of 100 ms one after the other; then at least three rounds of them on four workers.
        assertTrue(seconds(lines.get(0), "Sequential") >= 0.99, run.output());
        assertTrue(seconds(lines.get(1), "Parallel") >= 0.29, run.output());
        assertEquals("[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]", lines.get(2));
    }

    @Test
    void poolMapChunksize() throws Exception {
        ExampleJvm.Run run = run("pool-map-chunksize");
        List<String> lines = run.lines();
        assertEquals(3, lines.size(), run.output());
        // Python's default: ceil(1000 / (4 * 4)) = 63 items a chunk, so 16 chunks.
        assertTrue(lines.get(0).matches("Default: 1000 results in 16 chunks, \\d+\\.\\d{4}s"), run.output());
        assertTrue(lines.get(1).matches("Chunksize 100: 1000 results in 10 chunks, \\d+\\.\\d{4}s"), run.output());
        assertEquals("Same results: true", lines.get(2));
    }

    @Test
    void poolStarmapPower() throws Exception {
        assertEquals(List.of("[8, 81, 1024, 15625]"), run("pool-starmap-power").lines());
    }

    @Test
    void poolImap() throws Exception {
        assertEquals(IntStream.range(0, 10).mapToObj(i -> "Got result: " + i * i).toList(), run("pool-imap").lines());
    }

    @Test
    void poolImapUnordered() throws Exception {
        ExampleJvm.Run run = run("pool-imap-unordered");
        List<String> lines = run.lines();
        assertEquals(10, lines.size(), run.output());
        List<Matcher> completed = matchAll(Pattern.compile("Completed: \\((\\d), (\\d\\.\\d+)\\)"), lines, run);
        assertEquals(IntStream.range(0, 10).boxed().collect(Collectors.toSet()),
                completed.stream().map(m -> Integer.parseInt(m.group(1))).collect(Collectors.toSet()), run.output());
        for (Matcher m : completed) {
            double delay = Double.parseDouble(m.group(2));
            assertTrue(delay >= 0.01 && delay < 0.1, m.group() + " in:\n" + run.output());
        }
    }

    @Test
    void poolApply() throws Exception {
        assertEquals(List.of("6"), run("pool-apply").lines());
    }

    @Test
    void poolApplyAsync() throws Exception {
        assertEquals(List.of("Doing other work...", "Result: 100"), run("pool-apply-async").lines());
    }

    @Test
    void poolAsyncResult() throws Exception {
        assertEquals(List.of("Ready: false", "Ready after wait: false", "Result: 100"),
                run("pool-async-result").lines());
    }

    @Test
    void poolExceptions() throws Exception {
        assertEquals(List.of("Error: Cannot process 3"), run("pool-exceptions").lines());
    }

    @Test
    void poolImapExceptions() throws Exception {
        assertEquals(List.of("Result: 0", "Result: 1", "Result: 4", "Error: Cannot process 3", "Result: 16"),
                run("pool-imap-exceptions").lines());
    }

    @Test
    void poolDbConnection() throws Exception {
        ExampleJvm.Run run = run("pool-db-connection");
        List<String> lines = run.lines();
        assertEquals(6, lines.size(), run.output());
        // Every worker of the four connects in its initializer, whether it gets a query or not.
        List<Matcher> connected = matchAll(Pattern.compile("Worker (\\d+): DB connected"), lines.subList(0, 4), run);
        Set<Long> pids = connected.stream().map(m -> Long.parseLong(m.group(1))).collect(Collectors.toSet());
        assertWorkerPids(pids, 4, run);
        if (!workersShareTheJvm()) {
            assertEquals(4, pids.size(), "one JVM a worker: " + run.output());
        }
        assertEquals(List.of("SELECT * FROM users: [[1, alice], [2, bob], [3, carol]]",
                "SELECT * FROM orders: [[1, 1, book], [2, 3, lamp]]"), lines.subList(4, 6));
    }

    @Test
    void poolImages() throws Exception {
        Set<Path> before = imageFolders();
        assertEquals(List.of("[Resized img1.jpg, Resized img2.jpg, Resized img3.jpg]"), run("pool-images").lines());
        Set<Path> left = imageFolders();
        left.removeAll(before);
        assertEquals(Set.of(), left, "the example's temporary folder is left behind");
    }

    /** The temporary folders of pool-images now in the temporary directory (the example JVM's is this JVM's). */
    private static Set<Path> imageFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("mp4j-pool-images"))
                    .collect(Collectors.toCollection(HashSet::new));
        }
    }

    @Test
    void poolWebScraping() throws Exception {
        ExampleJvm.Run run = run("pool-web-scraping");
        assertEquals(1, run.lines().size(), run.output());
        Matcher site = Pattern.compile("\\[Parsed (http://127\\.0\\.0\\.1:\\d+)/page0 .*").matcher(run.lines().getFirst());
        assertTrue(site.matches(), run.output());
        // Page n has n % 3 + 2 links.
        String expected = IntStream.range(0, 20).mapToObj(n -> "Parsed " + site.group(1) + "/page" + n
                + " (title 'Page " + n + "', " + (n % 3 + 2) + " links)").collect(Collectors.joining(", ", "[", "]"));
        assertEquals(expected, run.lines().getFirst());
    }
}
