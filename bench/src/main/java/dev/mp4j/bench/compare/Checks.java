package dev.mp4j.bench.compare;

import dev.mp4j.core.Process;

/** What every measured run must satisfy before its figure is believed. */
final class Checks {

    private Checks() {}

    /** Fails unless {@code p} ended with exit code 0, and releases it. */
    static void exitedNormally(Process p) {
        Integer code = p.exitCode();
        if (code == null || code != 0) {
            throw new IllegalStateException(p + " ended with exit code " + code + ", not 0");
        }
        p.close();
    }
}
