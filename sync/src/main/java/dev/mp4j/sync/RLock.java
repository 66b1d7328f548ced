package dev.mp4j.sync;

import dev.mp4j.core.Context;
import java.io.Serial;
import java.util.Objects;

/**
 * A recursive lock, as Python's {@code multiprocessing.RLock}: owned by one thread of one
 * process, which may acquire it again; it is free once released as many times as it was
 * acquired. Only the owner may release it.
 *
 * <pre>{@code
 * RLock lock = new RLock(Context.spawn());
 * try (var _ = lock.hold()) {
 *     try (var _ = lock.hold()) {      // the owner re-enters
 *         update();
 *     }
 * }
 * }</pre>
 *
 * <p><b>Ordering.</b> Not fair.
 *
 * <p><b>Memory consistency effects:</b> actions before the final release happen-before the
 * actions after a later acquire by another owner, in any process sharing the lock.
 *
 * <p><b>Across processes.</b> The owner is a (process, thread) pair: the same thread id in
 * another JVM is another owner. In the spawn context the lock lives in a mapped file and
 * travels to child JVMs as a handle; in the threads context it is a
 * {@link java.util.concurrent.locks.ReentrantLock} and cannot travel. If the owning process
 * dies, the next acquire takes the lock over and {@link #ownerDied()} says so, and the lock
 * stays inconsistent until {@link #markConsistent()}, as for {@link Lock}.
 *
 * @see Lock
 */
public final class RLock extends Mutex {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A recursive lock of the default context. */
    public RLock() {
        this(Context.defaultContext());
    }

    /** A recursive lock of {@code context}. */
    public RLock(Context context) {
        super(SyncBackings.rlock(Objects.requireNonNull(context, "context")));
    }
}
