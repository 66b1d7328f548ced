package dev.mp4j.core.internal.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.internal.spawn.JvmCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shared memory on a small tmpfs (Docker's default /dev/shm is 64 MiB): creating more than
 * fits fails with an error naming the directory, the bytes asked and the bytes free, and
 * leaves no file; it never maps a sparse file that SIGBUSes at the first write.
 */
@Timeout(120)
class FullFileSystemTest {

    @TempDir
    Path tmp;

    @Test
    void aSegmentOrArenaThatDoesNotFitFailsClearlyAndLeavesNothing() throws Exception {
        Path mount = Files.createDirectory(tmp.resolve("small-shm"));
        java.lang.Process mounting = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        String why = new String(mounting.getInputStream().readAllBytes()).strip();
        Assumptions.assumeTrue(mounting.waitFor() == 0,
                "a small tmpfs can be mounted only by root with CAP_SYS_ADMIN (" + why
                        + "): the full-file-system test is skipped here");
        try {
            Path runtime = mount.resolve("rt");
            java.lang.Process jvm = new ProcessBuilder(List.of(JvmCommand.javaBinary().toString(),
                    "--enable-native-access=ALL-UNNAMED", "-Dmp4j.runtimeDir=" + runtime,
                    "-cp", System.getProperty("java.class.path"), Filler.class.getName()))
                    .redirectErrorStream(true).start();
            String out = new String(jvm.getInputStream().readAllBytes());
            assertTrue(jvm.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, jvm.exitValue(), out);
            assertTrue(out.contains("big: no room for") && out.contains(runtime.toString()) && out.contains("bytes free"), out);
            assertTrue(out.contains("arena: no room for"), out);
            try (Stream<Path> left = Files.list(runtime)) {
                assertEquals(List.of(), left.toList(), "no file is left behind");
            }
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }

    /** Runs on the small tmpfs: a block too big for it, then an arena file once it is nearly full. */
    static final class Filler {
        public static void main(String[] args) throws IOException {
            try {
                SharedBlock.allocate("BIGG", 8L << 20);
                System.out.println("big: created");
            } catch (UncheckedIOException e) {
                System.out.println("big: " + e.getCause().getMessage());
            }
            Path junk = RuntimeDirectory.path().resolve("junk");
            try {
                Files.write(junk, new byte[(int) (Files.getFileStore(RuntimeDirectory.path()).getUsableSpace() - 64 * 1024)]);
                SharedBlock.allocate("LOCK", 64);
                System.out.println("arena: created");
            } catch (UncheckedIOException e) {
                System.out.println("arena: " + e.getCause().getMessage());
            } finally {
                Files.delete(junk);
            }
        }
    }
}
