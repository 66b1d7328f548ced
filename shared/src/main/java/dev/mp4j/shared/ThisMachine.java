package dev.mp4j.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which machine this JVM runs on, for the handles of named shared memory: a block lives in
 * one machine's {@code /dev/shm}, so a handle that reaches another machine (a cluster node's
 * JVM) must say so rather than report the block missing. The id is the kernel's host name
 * and boot id: JVMs of one machine (and boot) agree on it, another machine's differ.
 */
final class ThisMachine {

    private static final String ID = read("/proc/sys/kernel/hostname") + "/" + read("/proc/sys/kernel/random/boot_id");

    private ThisMachine() {}

    static String id() {
        return ID;
    }

    /**
     * Fails if {@code machine}, where {@code what} lives, is not this one.
     *
     * @throws IllegalStateException naming both machines
     */
    static void requireHere(String machine, String what) {
        if (!ID.equals(machine)) {
            throw new IllegalStateException(what + " lives in the memory of machine " + machine
                    + ", and this JVM runs on " + ID + ": shared memory is one machine's, as in Python;"
                    + " between machines use an Array, a Value or a Queue of a cluster context");
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
