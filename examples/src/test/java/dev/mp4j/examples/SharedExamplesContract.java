package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shared-memory examples (value-array, value-not-atomic, shared-memory, shareable-list),
 * each run through the launcher in a JVM of its own under one context: the output is the
 * seed's, the exit code 0, and no file is left behind, named blocks included. One subclass
 * per context.
 */
@Timeout(300)
abstract class SharedExamplesContract {

    private static final Pattern BLOCK = Pattern.compile("(psm_[0-9a-f]{16})");

    /** The value of {@code --context=}. */
    abstract String context();

    private ExampleJvm.Run run(String example, String... args) throws Exception {
        ExampleJvm.Run run = ExampleJvm.succeeded(example, context(), args);
        Matcher block = BLOCK.matcher(run.output());
        while (block.find()) {
            assertFalse(Files.exists(runtimeDirectory().resolve("shm." + block.group(1))),
                    "block " + block.group(1) + " left behind; output:\n" + run.output());
        }
        return run;
    }

    @Test
    void theSharedExamplesAreRegistered() {
        for (String name : List.of("value-array", "value-not-atomic", "shared-memory", "shareable-list")) {
            assertTrue(Examples.byName(name).isPresent(), name);
        }
    }

    @Test
    void valueArrayPrintsTheSeedsOutput() throws Exception {
        ExampleJvm.Run run = run("value-array");
        assertEquals(List.of("Shared value: 4", "Shared array: [5, 6, 7]"), run.lines());
    }

    @Test
    void valueNotAtomicLosesOnlyWithoutTheLock() throws Exception {
        ExampleJvm.Run run = run("value-not-atomic", "20000");
        List<String> lines = run.lines();
        assertEquals(3, lines.size(), run.output());
        Matcher racy = Pattern.compile("value\\.set\\(value\\.get\\(\\) \\+ 1\\): +(\\d+) of 80000 \\((\\d+) lost\\)")
                .matcher(lines.get(0));
        assertTrue(racy.matches(), run.output());
        assertEquals(80_000, Long.parseLong(racy.group(1)) + Long.parseLong(racy.group(2)), run.output());
        assertTrue(lines.get(1).matches("same, holding value\\.getLock\\(\\) around it: +80000 of 80000 \\(0 lost\\)"),
                run.output());
        assertTrue(lines.get(2).matches("value\\.incrementAndGet\\(\\): +80000 of 80000 \\(0 lost\\)"), run.output());
    }

    @Test
    void sharedMemoryChildFillsTheParentsBlock() throws Exception {
        ExampleJvm.Run run = run("shared-memory");
        List<String> lines = run.lines();
        assertEquals(4, lines.size(), run.output());
        Matcher created = Pattern.compile("Parent created block (psm_[0-9a-f]{16}) of 10 bytes").matcher(lines.get(0));
        assertTrue(created.matches(), run.output());
        assertEquals("Child attached to " + created.group(1) + " and filled it", lines.get(1));
        assertEquals("Parent reads: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]", lines.get(2));
        assertEquals("Parent unlinked the block", lines.get(3));
    }

    @Test
    void shareableListChildChangesTheParentsList() throws Exception {
        ExampleJvm.Run run = run("shareable-list");
        List<String> lines = run.lines();
        assertEquals(7, lines.size(), run.output());
        assertTrue(lines.get(0).startsWith(
                "Created: ShareableList(['howdy', b'HoWdY', -273.154, 100, None, True, 42], name='psm_"), run.output());
        assertEquals("Child: a[2] = -273.154", lines.get(1));
        assertEquals("Child: a[2] = -78.5", lines.get(2));
        assertEquals("Child: a[2] = 'dry ice'", lines.get(3));
        assertTrue(lines.get(4).startsWith("Child: a[2] = \"larger than previously allocated storage space\" refused: "
                + "slot 2 of ShareableList 'psm_"), run.output());
        assertTrue(lines.get(5).startsWith(
                "Parent sees: ShareableList(['howdy', b'HoWdY', 'dry ice', 100, None, True, 42], name='psm_"), run.output());
        assertEquals("len 7, index(42) 6, count(\"howdy\") 1, count(b\"HoWdY\") 1", lines.get(6));
    }

    /** Where mp4j keeps its files, by the runtime's rule, without creating anything. */
    private static Path runtimeDirectory() {
        String override = System.getProperty("mp4j.runtimeDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path shm = Path.of("/dev/shm");
        Path base = Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve("mp4j-" + user);
    }
}
