package dev.mp4j.sync;

import java.io.Serial;

/**
 * A process died holding a lock, perhaps in the middle of an update, and no holder has since
 * declared what the lock guards repaired: mp4j's unchecked twin of POSIX's
 * {@code EOWNERDEAD}. A synchronized {@code Value} or {@code Array} (module
 * {@code mp4j-shared}) throws it from every access while its lock is inconsistent
 * ({@link Mutex#isConsistent()}), rather than hand out data that the dead process may have
 * half written. {@link #pid()} is that process.
 *
 * <pre>{@code
 * try {
 *     return frame.slice(0, n);
 * } catch (OwnerDiedError e) {
 *     try (var _ = frame.hold()) {
 *         rebuild(frame.getObj());            // the raw array, which does not check
 *         frame.getLock().markConsistent();   // every process may use the array again
 *     }
 *     return frame.slice(0, n);
 * }
 * }</pre>
 *
 * <p>Only the spawn context has it: a thread cannot die holding a lock without its process.
 */
public class OwnerDiedError extends IllegalStateException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long pid;

    /** An error for the death of process {@code pid}; {@code message} says what is refused and how to recover. */
    public OwnerDiedError(long pid, String message) {
        super(message);
        this.pid = pid;
    }

    /** The process that died holding the lock. */
    public long pid() {
        return pid;
    }
}
