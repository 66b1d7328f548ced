package dev.mp4j.queues;

import java.nio.file.Path;

/** Where a test's listener listens, by kind: a socket in the test's directory, or a free loopback port. */
final class TestAddresses {

    private TestAddresses() {}

    static String of(String kind, Path dir) {
        return switch (kind) {
            case "unix" -> dir.resolve("test.sock").toString();
            case "tcp" -> "127.0.0.1:0";
            default -> throw new IllegalArgumentException("kind unix or tcp, not " + kind);
        };
    }
}
