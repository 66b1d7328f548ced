package dev.mp4j.shared;

import dev.mp4j.core.internal.shm.FileNames;
import dev.mp4j.core.internal.shm.FileSweeper;
import dev.mp4j.core.internal.shm.RuntimeDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Where named blocks live, for the tests that check what is left behind. */
final class BlockFiles {

    private BlockFiles() {}

    /** The file of block {@code name}. */
    static Path of(String name) {
        return RuntimeDirectory.path().resolve(FileNames.named(name));
    }

    static boolean exists(String name) {
        return Files.exists(of(name));
    }

    /** The pid that created the block {@code name}, or -1 if there is none. */
    static long creatorPid(String name) {
        return FileSweeper.creatorOf(of(name)).map(c -> c.pid()).orElse(-1L);
    }

    /** A name no other test uses. */
    static String fresh(String what) {
        return what + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
