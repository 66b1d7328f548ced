package dev.mp4j.sync;

import dev.mp4j.core.Context;
import java.io.Serial;
import java.util.Objects;

/**
 * A non-recursive lock, as Python's {@code multiprocessing.Lock}: once a thread or process
 * has acquired it, every other acquire blocks until it is released, and any thread or
 * process may release it.
 *
 * <pre>{@code
 * Lock lock = new Lock(Context.spawn());
 * try (var _ = lock.hold()) {          // Python: with lock:
 *     shared.set(shared.get() + 1);
 * }
 * }</pre>
 *
 * <p><b>Ordering.</b> Not fair: a thread that arrives while the lock is being released may
 * take it before one that slept.
 *
 * <p><b>Memory consistency effects:</b> actions before a release happen-before the actions
 * after a later successful acquire, in any thread of any process sharing the lock.
 *
 * <p><b>Across processes.</b> In the spawn context the lock is a word in a mapped file;
 * passing it to a child JVM (at start, in a task, through a queue) passes a handle, and the
 * child acquires and releases the same lock. A waiter in another JVM sleeps on the Linux
 * futex and is woken by the release. In the threads context the lock is an AQS mutex and
 * cannot be passed to a child JVM: {@code start()} fails, saying to create it with
 * {@code Context.spawn()}.
 *
 * <p><b>If a holder dies.</b> In Python a process that dies holding a lock blocks everyone
 * forever. Here the lock word itself records the holder (pid and process start time), set by
 * the very instruction that takes the lock, so no holder goes unrecorded; a waiter that
 * finds the holder dead (it checks about every 100 ms while asleep, and a non-blocking
 * acquire checks at once) takes the lock over: its acquire succeeds and {@link #ownerDied()}
 * returns true until the lock is released, so the new holder knows to repair what the lock
 * protects. The lock also stays inconsistent ({@link #isConsistent()} false, in every
 * process, across releases) until a holder calls {@link #markConsistent()}; a {@code Value}
 * or {@code Array} guarded by it refuses access with an {@link OwnerDiedError} meanwhile. A
 * thread that ends while holding the lock in a live process is not a dead holder: the lock
 * stays held, as in Java and Python.
 *
 * @see RLock
 */
public final class Lock extends Mutex {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A lock of the default context. */
    public Lock() {
        this(Context.defaultContext());
    }

    /** A lock of {@code context}. */
    public Lock(Context context) {
        super(SyncBackings.lock(Objects.requireNonNull(context, "context")));
    }
}
