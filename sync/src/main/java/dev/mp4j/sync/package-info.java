/**
 * Synchronization between workers of either context, as Python's
 * {@code multiprocessing.synchronize}: {@link dev.mp4j.sync.Lock}, {@link dev.mp4j.sync.RLock},
 * {@link dev.mp4j.sync.Semaphore}, {@link dev.mp4j.sync.BoundedSemaphore},
 * {@link dev.mp4j.sync.Event}, {@link dev.mp4j.sync.Condition} and
 * {@link dev.mp4j.sync.Barrier}.
 *
 * <p>Every primitive is a thin final class over a package-private backing chosen from its
 * {@link dev.mp4j.core.Context} in {@link dev.mp4j.sync.SyncBackings}: java.util.concurrent
 * in the threads context, a memory-mapped file and the futex in the spawn context. A spawn
 * primitive is serialized as a handle, so a child JVM that receives it maps the same
 * memory and uses the same primitive. A threads primitive refuses to be serialized, with
 * an error that says to create it in a spawn context.
 *
 * <p><b>Names.</b> One rule for Python's names that collide with {@link java.lang.Object}'s
 * final {@code wait} and {@code notify}: they take the names of
 * {@link java.util.concurrent.locks.Condition}. Python's {@code wait()} and
 * {@code wait(timeout)} are {@code await()} and {@code await(Duration)}
 * ({@link dev.mp4j.sync.Event#await()}, {@link dev.mp4j.sync.Condition#await()},
 * {@link dev.mp4j.sync.Barrier#await()}); {@code wait_for(predicate, timeout)} is
 * {@link dev.mp4j.sync.Condition#waitFor(java.util.function.BooleanSupplier, java.time.Duration)
 * waitFor(predicate, timeout)}; {@code notify()}, {@code notify(n)} and {@code notify_all()}
 * are {@link dev.mp4j.sync.Condition#signal()}, {@link dev.mp4j.sync.Condition#signal(int)
 * signal(n)} and {@link dev.mp4j.sync.Condition#signalAll()}. Every other name is Python's in
 * Java casing ({@code is_set} is {@code isSet}, {@code n_waiting} is {@code nWaiting}).
 *
 * <p>Blocking methods follow one contract, stated the same way in each class: they return
 * when the condition holds or the timeout elapses; a timeout of zero or less does not
 * block; interruption restores the interrupt flag and throws
 * {@link dev.mp4j.core.InterruptedError}. Releasing what is not held throws
 * {@link java.lang.IllegalMonitorStateException}.
 *
 * <p>Spawn backings share one shape: a {@code *Layout} class documents the words of a block
 * of 128-byte lines in a mapped segment; the futex word has a waiter count beside it, so a
 * release, set or signal with no sleeper makes no system call; sleepers wake at least every
 * 20 ms to notice interruption and, every few slices, a dead holder. Beyond Python, a
 * process that dies holding a Lock or RLock, or inside a Barrier or a Condition's
 * {@code await}, hangs no one: the lock is taken over by the next acquirer, which
 * {@code ownerDied()} tells, and stays inconsistent ({@code isConsistent()}) until a holder
 * calls {@code markConsistent()}; the barrier breaks for every live party of the cycle, unless
 * it had tripped already (the dead party is then forgotten); the condition's next signal
 * forgets the dead waiter, so that its wake-up goes to a live one and it is no longer counted.
 */
package dev.mp4j.sync;
