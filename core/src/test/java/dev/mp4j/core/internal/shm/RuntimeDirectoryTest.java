package dev.mp4j.core.internal.shm;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.internal.spawn.JvmCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The runtime directory trusts only a directory of this user, closed to everyone else. */
@Timeout(120)
class RuntimeDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void aPrivateDirectoryOfThisUserIsTrusted() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("mine"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        assertDoesNotThrow(() -> RuntimeDirectory.checkTrusted(dir));
        assertDoesNotThrow(() -> RuntimeDirectory.checkTrusted(RuntimeDirectory.path()));
    }

    @Test
    void aDirectoryOpenToOthersIsRefused() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("open"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuntimeDirectory.checkTrusted(dir));
        assertTrue(e.getMessage().contains("has mode rwxrwxrwx") && e.getMessage().contains("chmod 700"), e.getMessage());
    }

    @Test
    void aSymbolicLinkIsRefused() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("target"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), target);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuntimeDirectory.checkTrusted(link));
        assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
    }

    @Test
    void aDirectoryOfAnotherUserIsRefused() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("theirs"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            Files.setAttribute(dir, "unix:uid", 65534, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            Assumptions.abort("giving a directory to another uid needs root (" + e.getMessage()
                    + "): the refusal of another user's directory is not tested here");
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuntimeDirectory.checkTrusted(dir));
        assertTrue(e.getMessage().contains("belongs to uid 65534"), e.getMessage());
    }

    /** A parent whose user.name differs from its child's default still shares memory with it. */
    @Test
    void childrenUseTheParentsResolvedDirectory() throws Exception {
        String user = "mp4j-renamed-" + UUID.randomUUID().toString().substring(0, 8);
        Path renamedDir = RuntimeDirectory.path().resolveSibling("mp4j-" + user);
        try {
            java.lang.Process jvm = new ProcessBuilder(List.of(JvmCommand.javaBinary().toString(),
                    "--enable-native-access=ALL-UNNAMED", "-Duser.name=" + user,
                    "-cp", System.getProperty("java.class.path"), RenamedParent.class.getName()))
                    .inheritIO().start();
            assertTrue(jvm.waitFor(90, TimeUnit.SECONDS), "the parent JVM ended");
            assertEquals(0, jvm.exitValue(), "the child read the parent's block (see the output above)");
        } finally {
            if (Files.exists(renamedDir)) {
                try (Stream<Path> files = Files.walk(renamedDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    /** Run with another user.name: makes a block and has a spawn child read it. */
    static final class RenamedParent {
        public static void main(String[] args) {
            SharedBlock block = SharedBlock.allocate("CELL", 24);
            block.words().setLongVolatile(ArenaLayout.BLOCK_WORDS, 42L);
            StaleHandleTest.Cell cell = new StaleHandleTest.Cell(block);
            Process child = new Process(Context.spawn(), () -> Process.exit(cell.get() == 42L ? 0 : 3));
            child.start();
            child.join();
            System.exit(child.exitCode());
        }
    }
}
