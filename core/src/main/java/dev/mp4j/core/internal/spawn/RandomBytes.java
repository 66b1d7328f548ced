package dev.mp4j.core.internal.spawn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Unpredictable bytes for authkeys and challenges: the kernel's {@code /dev/urandom} where
 * there is one, else {@link SecureRandom}. A fresh child JVM needs one 32-byte challenge;
 * reading the device takes microseconds where setting up a {@code SecureRandom} takes tens
 * of milliseconds.
 */
final class RandomBytes {

    private static final Path URANDOM = Path.of("/dev/urandom");

    private RandomBytes() {}

    static byte[] next(int count) {
        byte[] bytes = new byte[count];
        if (Files.isReadable(URANDOM)) {
            try (InputStream in = Files.newInputStream(URANDOM)) {
                if (in.readNBytes(bytes, 0, count) == count) {
                    return bytes;
                }
            } catch (IOException e) {
                // fall back below
            }
        }
        Fallback.RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Created only when the device cannot be read. */
    private static final class Fallback {
        static final SecureRandom RANDOM = new SecureRandom();
    }
}
