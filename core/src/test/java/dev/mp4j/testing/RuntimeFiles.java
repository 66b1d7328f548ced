package dev.mp4j.testing;

import dev.mp4j.core.internal.shm.FileNames;
import dev.mp4j.core.internal.shm.RuntimeDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What is in the runtime directory, for leak checks. */
public final class RuntimeFiles {

    private RuntimeFiles() {}

    /** Files of the runtime directory created by the process {@code pid}. */
    public static List<Path> createdBy(long pid) {
        try (Stream<Path> files = Files.list(RuntimeDirectory.path())) {
            return files.filter(f -> FileNames.creatorOf(f.getFileName().toString())
                    .map(c -> c.pid() == pid).orElse(false)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
