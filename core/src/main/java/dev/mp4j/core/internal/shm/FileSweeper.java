package dev.mp4j.core.internal.shm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Removes files whose creator is no longer running. Called once per JVM, when the runtime
 * directory is first used; this is what makes a SIGKILLed run leak-free. The creator of a
 * file is in its name, or for a named block in its header (see {@link FileNames}).
 */
public final class FileSweeper {

    private FileSweeper() {}

    /** Deletes every file in {@code dir} whose creator (from its name) is dead; returns how many. */
    public static int sweep(Path dir) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                var creator = creatorOf(file);
                if (creator.isPresent() && !creator.get().isAlive() && Files.deleteIfExists(file)) {
                    dev.mp4j.core.internal.Log.log("shm", System.Logger.Level.DEBUG, "removed " + file.getFileName()
                            + " of dead process pid " + creator.get().pid());
                    removed++;
                }
            }
        } catch (IOException e) {
            // A sweep is housekeeping: a file we cannot list or delete now goes next time.
        }
        return removed;
    }

    /**
     * The creator of a file of the runtime directory: from its name, or for a named block
     * from its header; empty when the file is not one of ours (or is gone).
     */
    public static Optional<ProcessIdentity> creatorOf(Path file) {
        String name = file.getFileName().toString();
        if (!FileNames.isNamed(name)) {
            return FileNames.creatorOf(name);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate((int) SegmentHeaderLayout.DATA_OFFSET).order(ByteOrder.nativeOrder());
            while (header.hasRemaining() && ch.read(header) >= 0) {
                // read the whole header
            }
            if (header.hasRemaining() || header.getLong((int) SegmentHeaderLayout.MAGIC_OFFSET) != SegmentHeaderLayout.MAGIC) {
                return Optional.empty();
            }
            return Optional.of(new ProcessIdentity(header.getLong((int) SegmentHeaderLayout.CREATOR_PID_OFFSET),
                    header.getLong((int) SegmentHeaderLayout.CREATOR_START_OFFSET)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
