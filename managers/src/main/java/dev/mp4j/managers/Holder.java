package dev.mp4j.managers;

import dev.mp4j.core.internal.shm.ProcessIdentity;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The process that holds references of a server's object: its identity, and the machine it
 * runs on, as the kernel's boot id and pid namespace (where unreadable, a random name that no
 * server shares, so such a holder is never taken for dead). A server frees the references of
 * a holder on its own machine whose process has ended, SIGKILL included, and those of a holder
 * elsewhere once its lease has run out.
 */
record Holder(String machine, long pid, long startMillis) implements Serializable {

    private static final String MACHINE = thisMachine();
    private static final Holder CURRENT = current(ProcessIdentity.current());

    private static Holder current(ProcessIdentity me) {
        return new Holder(MACHINE, me.pid(), me.startMillis());
    }

    /** This process. */
    static Holder current() {
        return CURRENT;
    }

    /** Whether this holder's process runs on this machine. */
    boolean onThisMachine() {
        return machine.equals(MACHINE);
    }

    /** Whether this holder's process is known to have ended: on this machine, and gone. */
    boolean knownDead() {
        return onThisMachine() && !new ProcessIdentity(pid, startMillis).isAlive();
    }

    private static String thisMachine() {
        try {
            String boot = Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).strip();
            String pids = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
            return boot + "/" + pids;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "unknown-" + UUID.randomUUID();
        }
    }
}
