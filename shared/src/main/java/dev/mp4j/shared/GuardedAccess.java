package dev.mp4j.shared;

import dev.mp4j.sync.Held;
import dev.mp4j.sync.Mutex;
import dev.mp4j.sync.OwnerDiedError;
import java.util.OptionalLong;

/**
 * How a {@link Value} or {@link Array} guards one access: through its lock, and never while
 * the lock is inconsistent (a process died holding it and no holder has marked it repaired),
 * so that the half of an update a dead process wrote is never handed out as data. The check
 * is one read of a word in the lock's line, made after acquiring, where no take-over can
 * race it.
 */
final class GuardedAccess {

    private GuardedAccess() {}

    /** Acquires {@code lock} for one access of {@code owner}; refuses, releasing it again, while it is inconsistent. */
    static Held hold(Mutex lock, String owner) {
        Held held = lock.hold();
        try {
            requireConsistent(lock, owner);
        } catch (OwnerDiedError e) {
            held.close();
            throw e;
        }
        return held;
    }

    /**
     * Refuses while {@code lock} is inconsistent, without acquiring it: for the lock-free
     * helpers, which take effect at once, before or after a take-over.
     */
    static void requireConsistent(Mutex lock, String owner) {
        OptionalLong dead = lock.deadHolderPid();
        if (dead.isPresent()) {
            long pid = dead.getAsLong();
            throw new OwnerDiedError(pid, "the lock of this " + owner + " was taken over from process " + pid
                    + ", which died holding it, perhaps in the middle of an update: its data may be half old, half new."
                    + " To recover, hold getLock(), repair the data through getObj() (which does not check), then call"
                    + " getLock().markConsistent()");
        }
    }
}
