package dev.mp4j.core.internal.shm;

import dev.mp4j.core.internal.Timeouts;
import java.io.Serial;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The wait loop of every spawn primitive, written once: the
 * {@link java.util.concurrent.locks.AbstractQueuedSynchronizer} of mapped memory. A lock, a
 * semaphore, an event or a condition is a subclass that supplies its state machine through
 * hooks; this class owns the bounded spin, the waiter count, the re-check, the sleep of at
 * most one slice on the {@link Waiter}, interruption, the deadline, the periodic check for an
 * abandoned state, and the rule that a release wakes only when the count says someone sleeps.
 *
 * <h2>Usage</h2>
 * A subclass names one 32-bit <em>futex word</em> of its block, which every state change that
 * can let a sleeper proceed writes, and one <em>waiter count</em> beside it, and implements:
 * <ul>
 *   <li>{@link #tryAcquire(long)}: one attempt, without blocking (a CAS on the state);</li>
 *   <li>{@link #mustSleep(int, long)}: given the futex word just read, whether the caller
 *       may not proceed yet (default: always, so the loop re-tries after the sleep);</li>
 *   <li>{@link #recoverAbandoned(long)}: called about every {@link #CHECK_INTERVAL_NANOS} of
 *       waiting and once by a zero-timeout acquire that failed; acquires from a process that
 *       died holding the state (the dead-holder take-over), or returns false;</li>
 *   <li>{@link #onGiveUp(long)}: called when a caller that slept leaves without acquiring,
 *       to pass on a wake-up it may have absorbed (the semaphore's rule).</li>
 * </ul>
 * The {@code arg} of {@link #acquire(long, long)} is handed to every hook unchanged: the state
 * an event waiter started from, the ticket of a condition waiter.
 * A release changes the state, then calls {@link #wakeWaiters(int)}.
 *
 * <p>A synchronizer is also the primitive's {@link MappedHandle}: it travels as a handle to
 * its block, and the state machine reads its words with no object in between.
 *
 * <pre>{@code
 * final class MappedSemaphore extends CrossProcessSynchronizer implements SemaphoreBacking {
 *     private MappedSemaphore(SharedBlock block) { super(block, VALUE, WAITERS, 100); }
 *     protected boolean tryAcquire(long arg) {               // a semaphore
 *         for (int v; (v = words.getIntVolatile(VALUE)) > 0; ) {
 *             if (words.compareAndSetInt(VALUE, v, v - 1)) return true;
 *         }
 *         return false;
 *     }
 *     protected boolean mustSleep(int value, long arg) { return value == 0; }
 *     public boolean acquire(long nanos) throws InterruptedException { return acquire(0, nanos); }
 *     public void release() { checkLive(); words.getAndAddInt(VALUE, 1); wakeWaiters(1); }
 * }
 * }</pre>
 *
 * <h2>Why no wake-up is lost</h2>
 * A waiter raises the waiter count, then reads the futex word, then sleeps only while the word
 * still holds what it read. A releaser writes the state (which changes the futex word), then
 * reads the count. All four are volatile accesses to the same mapped memory, which the
 * hardware orders across processes as within one: so either the releaser's read of the count
 * comes after the raise, and it wakes (a wake before the sleep makes the kernel's compare of
 * the futex word fail, and the waiter does not sleep), or the waiter's read of the word comes
 * after the release, and it sees the new state. A sleep lasts at most
 * {@link Waiter#MAX_SLICE_NANOS}, because a thread in the kernel does not see
 * {@link Thread#interrupt()}; so an interrupt is seen within a slice, and so is a block freed
 * by its creator ({@link #checkLive()}, checked at entry and after every slice).
 *
 * <h2>One wake in flight</h2>
 * A woken sleeper takes tens of microseconds to run again, and a holder that frees and
 * retakes a lock in a loop would meanwhile make a {@code futex} wake on every release, for a
 * waiter count that stays raised until the sleeper runs. A lock therefore takes the second
 * constructor: a release wakes only if a sleeper has <em>armed</em> the wake since the last
 * one (a CAS of the armed word from 1 to 0 claims it), as an
 * {@link java.util.concurrent.locks.AbstractQueuedSynchronizer} node's {@code SIGNAL}
 * status lets one release unpark it. The futex word is then a wake sequence that the claiming
 * release increments before it wakes, so that no re-take of the state by the same process
 * can look unchanged (the lock word holds a pid, which the next hold by that process writes
 * again). A waiter raises the count, reads the sequence, arms, then re-reads the state
 * ({@link #mustSleep}) and sleeps on the sequence it read. A release that found the wake
 * unarmed read the armed word before that arming, so its release came before the waiter's
 * re-read of the state; a release that claimed the wake increments the sequence after the
 * claim, after the arming, so the waiter's sleep does not begin, or is woken (or another
 * sleeper is, and every sleeper that returns re-arms for those still counted). No wake-up is
 * lost, and a burst of releases makes one system call. A lock's waiter that gives up passes
 * on the wake it may have taken if the lock is free.
 *
 * <h2>Memory consistency</h2>
 * Everything a releaser did before its volatile write of the state happens-before what an
 * acquirer does after the volatile read (or CAS) that sees it, in any process.
 */
public abstract class CrossProcessSynchronizer extends MappedHandle {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The least time between two {@link #recoverAbandoned} calls by one waiter: asking the OS costs tens of microseconds. */
    public static final long CHECK_INTERVAL_NANOS = 100_000_000L;

    private final transient long futexWord;
    private final transient long waiterCount;
    /** The offset of the armed word of a synchronizer with one wake in flight; -1 for the others. */
    private final transient long armedWord;
    private final transient int spins;

    /**
     * @param futexWord the offset of the 32-bit word sleepers sleep on
     * @param waiterCount the offset of the 32-bit count of threads that sleep, or are about to
     * @param spins how many times to re-try, spinning, before the first sleep
     */
    protected CrossProcessSynchronizer(SharedBlock block, long futexWord, long waiterCount, int spins) {
        this(block, futexWord, waiterCount, -1, spins);
    }

    /**
     * A synchronizer with one wake in flight (see the class doc): {@code wakeSequence} is
     * its futex word, which this class alone writes, and {@code armedWord} the 32-bit word
     * beside it that sleepers arm; {@link #mustSleep} reads the state itself.
     */
    protected CrossProcessSynchronizer(SharedBlock block, long wakeSequence, long waiterCount, long armedWord,
                                       int spins) {
        super(block);
        this.futexWord = wakeSequence;
        this.waiterCount = waiterCount;
        this.armedWord = armedWord;
        this.spins = spins;
    }

    /** One attempt to acquire, without blocking. */
    protected abstract boolean tryAcquire(long arg);

    /** Whether a caller that read {@code word} from the futex word must sleep on it. */
    protected boolean mustSleep(int word, long arg) {
        return true;
    }

    /** Acquires from a process that died holding the state, if so; see the class doc. */
    protected boolean recoverAbandoned(long arg) {
        return false;
    }

    /** Called when a caller that slept leaves without acquiring. */
    protected void onGiveUp(long arg) {}

    /**
     * Acquires: {@code nanos < 0} waits without limit (so does {@link Long#MAX_VALUE}), 0 tries
     * once, otherwise waits at most that long. A call that need not wait succeeds even with
     * the interrupt flag set, and leaves it set.
     *
     * @return whether acquired
     * @throws InterruptedException if interrupted while it had to wait
     * @throws IllegalStateException if the block was freed by its creator
     */
    protected final boolean acquire(long arg, long nanos) throws InterruptedException {
        checkLive();
        if (tryAcquire(arg)) {
            return true;
        }
        if (nanos == 0) {
            return recoverAbandoned(arg);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        for (int i = 0; i < spins; i++) {
            Thread.onSpinWait();
            if (tryAcquire(arg)) {
                return true;
            }
        }
        return sleepUntilAcquired(arg, nanos);
    }

    private boolean sleepUntilAcquired(long arg, long nanos) throws InterruptedException {
        Waiter waiter = Waiter.get();
        boolean unlimited = nanos < 0 || Timeouts.unlimited(nanos);
        long now = System.nanoTime();
        long deadline = now + nanos;
        long nextCheck = now + CHECK_INTERVAL_NANOS;
        boolean slept = false;
        boolean acquired = false;
        try {
            while (true) {
                long remaining = unlimited ? Waiter.MAX_SLICE_NANOS : deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                words.getAndAddInt(waiterCount, 1);
                try {
                    int word = words.getIntVolatile(futexWord);
                    if (armedWord >= 0) {
                        words.setIntVolatile(armedWord, 1);
                    }
                    if (mustSleep(word, arg)) {
                        waiter.await(words, futexWord, word, Math.min(remaining, Waiter.MAX_SLICE_NANOS));
                    }
                } finally {
                    int others = words.getAndAddInt(waiterCount, -1) - 1;
                    if (armedWord >= 0 && others > 0) {
                        // The wake this thread may have taken was the others' too.
                        words.setIntVolatile(armedWord, 1);
                    }
                }
                slept = true;
                if (tryAcquire(arg)) {
                    return acquired = true;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                checkLive();
                if (System.nanoTime() - nextCheck >= 0) {
                    nextCheck = System.nanoTime() + CHECK_INTERVAL_NANOS;
                    if (recoverAbandoned(arg)) {
                        return acquired = true;
                    }
                }
            }
        } finally {
            if (slept && !acquired) {
                onGiveUp(arg);
            }
        }
    }

    /** How often {@link #awaitAny} looks at what has no futex word at first, and at most. */
    public static final long FIRST_POLL_NANOS = 50_000L;
    public static final long MAX_POLL_NANOS = 10_000_000L;

    /**
     * Waits until one of several synchronizers is ready, or something without a futex word
     * is: Python's {@code multiprocessing.connection.wait} on mapped memory. For synchronizers
     * whose {@link #tryAcquire} takes nothing (the waits of queues and pipes: "may proceed");
     * it is called with {@code args[i]}, and {@link #recoverAbandoned} at the periodic check.
     * The same protocol as {@link #acquire}, on every word at once: raise every waiter
     * count, read every futex word, re-check, and sleep one slice on all the words together
     * ({@link Waiter#awaitAny}: {@code futex_waitv} on Linux). {@code others} (null: none) is
     * looked at after every slice, which is then {@value #FIRST_POLL_NANOS} ns at first,
     * doubling to {@value #MAX_POLL_NANOS} ns: nothing wakes a sleeper when it turns true.
     *
     * @param nanos a {@code Timeouts} value: 0 looks once, {@code Long.MAX_VALUE} waits without limit
     * @return whether something was ready before the time was up
     * @throws InterruptedException if interrupted while it had to wait
     */
    public static boolean awaitAny(List<? extends CrossProcessSynchronizer> syncs, long[] args, BooleanSupplier others,
                                   long nanos) throws InterruptedException {
        int n = syncs.size();
        for (CrossProcessSynchronizer sync : syncs) {
            sync.checkLive();
            if (sync.armedWord >= 0) {
                throw new IllegalArgumentException("a synchronizer with one wake in flight cannot be awaited with others");
            }
        }
        if (anyReady(syncs, args, others)) {
            return true;
        }
        if (nanos == 0) {
            return anyAbandoned(syncs, args);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        for (int i = 0; i < SPINS_OF_ANY; i++) {
            Thread.onSpinWait();
            if (anyReady(syncs, args, others)) {
                return true;
            }
        }
        SharedWords[] words = new SharedWords[n];
        long[] offsets = new long[n];
        int[] expected = new int[n];
        for (int i = 0; i < n; i++) {
            CrossProcessSynchronizer sync = syncs.get(i);
            words[i] = sync.words;
            offsets[i] = sync.futexWord;
        }
        boolean unlimited = Timeouts.unlimited(nanos);
        long deadline = System.nanoTime() + nanos;
        long nextCheck = System.nanoTime() + CHECK_INTERVAL_NANOS;
        long poll = others == null ? Waiter.MAX_SLICE_NANOS : FIRST_POLL_NANOS;
        while (true) {
            long remaining = unlimited ? Waiter.MAX_SLICE_NANOS : deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            for (CrossProcessSynchronizer sync : syncs) {
                sync.words.getAndAddInt(sync.waiterCount, 1);
            }
            try {
                boolean sleep = true;
                for (int i = 0; i < n && sleep; i++) {
                    expected[i] = words[i].getIntVolatile(offsets[i]);
                    CrossProcessSynchronizer sync = syncs.get(i);
                    sleep = sync.mustSleep(expected[i], args[i]);
                }
                if (sleep && (others == null || !others.getAsBoolean())) {
                    Waiter.get().awaitAny(words, offsets, expected,
                            Math.min(remaining, Math.min(poll, Waiter.MAX_SLICE_NANOS)));
                }
            } finally {
                for (CrossProcessSynchronizer sync : syncs) {
                    sync.words.getAndAddInt(sync.waiterCount, -1);
                }
            }
            if (anyReady(syncs, args, others)) {
                return true;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            for (CrossProcessSynchronizer sync : syncs) {
                sync.checkLive();
            }
            poll = Math.min(poll * 2, MAX_POLL_NANOS);
            if (System.nanoTime() - nextCheck >= 0) {
                nextCheck = System.nanoTime() + CHECK_INTERVAL_NANOS;
                if (anyAbandoned(syncs, args)) {
                    return true;
                }
            }
        }
    }

    private static final int SPINS_OF_ANY = 200;

    private static boolean anyReady(List<? extends CrossProcessSynchronizer> syncs, long[] args, BooleanSupplier others) {
        for (int i = 0; i < syncs.size(); i++) {
            CrossProcessSynchronizer sync = syncs.get(i);
            if (sync.tryAcquire(args[i])) {
                return true;
            }
        }
        return others != null && others.getAsBoolean();
    }

    private static boolean anyAbandoned(List<? extends CrossProcessSynchronizer> syncs, long[] args) {
        for (int i = 0; i < syncs.size(); i++) {
            CrossProcessSynchronizer sync = syncs.get(i);
            if (sync.recoverAbandoned(args[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Wakes at most {@code count} sleepers, in any process, if the count says someone sleeps
     * (and, with one wake in flight, if a sleeper armed it since the last wake).
     */
    protected final void wakeWaiters(int count) {
        if (words.getIntVolatile(waiterCount) <= 0) {
            return;
        }
        if (armedWord >= 0) {
            if (words.getIntVolatile(armedWord) == 0 || !words.compareAndSetInt(armedWord, 1, 0)) {
                return;
            }
            words.getAndAddInt(futexWord, 1);
        }
        Waiter.get().wake(words, futexWord, count);
    }

    /**
     * The number of threads, in any process, that sleep or are about to sleep on this
     * primitive now: a snapshot for diagnostics and tests (the JDK's
     * {@code getQueueLength}), not for synchronization.
     */
    public final int waiterCount() {
        return words.getIntVolatile(waiterCount);
    }
}
