package dev.mp4j.sync;

import static dev.mp4j.sync.spi.BarrierWords.BROKEN;
import static dev.mp4j.sync.spi.BarrierWords.DRAINING;
import static dev.mp4j.sync.spi.BarrierWords.FILLING;
import static dev.mp4j.sync.spi.BarrierWords.RESETTING;

import dev.mp4j.core.Context;
import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.serial.NotTransferableException;
import dev.mp4j.sync.spi.BarrierWords;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * A meeting point for a fixed number of parties, as Python's {@code multiprocessing.Barrier}:
 * each party calls {@link #await()}, which blocks until all have arrived; then all are
 * released together and the barrier can be used again.
 *
 * <pre>{@code
 * Barrier phase = new Barrier(Context.spawn(), 4, () -> System.out.println("phase done"));
 * // in each of the 4 workers:
 * for (int step = 0; step < 3; step++) {
 *     compute(step);
 *     phase.await();
 * }
 * }</pre>
 *
 * <p><b>Ordering.</b> In each cycle {@code await} returns the distinct indices
 * {@code 0 .. parties-1}, in order of arrival; the last to arrive runs the action, under the
 * barrier's lock, before anyone is released. Parties of the next cycle wait until every
 * party of the previous one has left.
 *
 * <p><b>Breaking.</b> An action that throws, a wait that times out, {@link #abort()}, or an
 * interrupted wait breaks the barrier: every waiter, and every later caller until
 * {@link #reset()}, gets {@link BrokenBarrierError} (the party whose action threw gets it
 * with the action's exception as cause). {@code reset()} breaks the current cycle for its
 * waiters and leaves the barrier usable again.
 *
 * <p><b>Memory consistency effects:</b> actions of every party before {@code await}
 * happen-before the action, which happens-before every party's return from that cycle.
 *
 * <p><b>Across processes.</b> Built as CPython builds it, from a {@link Lock}, a
 * {@link Condition} and shared state (see {@code BarrierLayout}), all of the barrier's
 * context: in the spawn context it travels to child JVMs as a handle. Beyond Python: each
 * party inside records its process. A party whose process dies while it waits to be
 * released breaks the barrier, so that every live party of that cycle gets
 * {@link BrokenBarrierError} instead of waiting forever, and none returns as if the dead one
 * had arrived: the arrival that would trip the barrier first asks whether each waiting
 * party's process is alive (tens of microseconds for each other process with a party inside),
 * and waiters ask about every 100 ms. A party that dies once the barrier has tripped was
 * released already: it is forgotten, and the next cycle starts without it. {@link #reset()}
 * forgets dead parties too, and leaves the barrier usable again.
 */
public final class Barrier implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How long a spawn waiter sleeps between two checks for dead parties. */
    private static final long DEAD_PARTY_CHECK_NANOS = 100_000_000L;

    /**
     * How long a waiter first watches the state with the lock released, before it sleeps on
     * the condition: parties that meet again at once (a loop of rounds) then hand over without
     * a sleep and a wake-up, which cost some microseconds each; a longer wait pays this once.
     */
    private static final long SPIN_NANOS = 50_000L;

    /** The action run by the last party to arrive; it may throw anything. */
    @FunctionalInterface
    public interface Action extends Serializable {
        void run() throws Exception;
    }

    private final int parties;
    private final Action action;
    /** The default timeout of {@link #await()}, or -1 for none. */
    private final long timeoutNanos;
    private final Lock lock;
    private final Condition cond;
    private final BarrierWords words;
    /**
     * When a waiter of this JVM next asks whether a party died (asking reads /proc): shared by
     * the JVM's waiters, racy on purpose, as a rate limit only.
     */
    private transient volatile long nextDeadPartyCheck;

    /** A barrier of the default context for {@code parties} parties, without action or timeout. */
    public Barrier(int parties) {
        this(Context.defaultContext(), parties, null, null);
    }

    /**
     * A barrier of the default context whose last arriving party runs {@code action} (may be
     * null), without timeout; see {@link #Barrier(Context, int, Action, Duration)}.
     */
    public Barrier(int parties, Action action) {
        this(Context.defaultContext(), parties, action, null);
    }

    /** A barrier of the default context; see {@link #Barrier(Context, int, Action, Duration)}. */
    public Barrier(int parties, Action action, Duration timeout) {
        this(Context.defaultContext(), parties, action, timeout);
    }

    /** A barrier of {@code context} for {@code parties} parties, without action or timeout. */
    public Barrier(Context context, int parties) {
        this(context, parties, null, null);
    }

    /** A barrier of {@code context} whose last arriving party runs {@code action} (may be null). */
    public Barrier(Context context, int parties, Action action) {
        this(context, parties, action, null);
    }

    /**
     * A barrier of {@code context} for {@code parties} parties; the last to arrive runs
     * {@code action} (may be null); {@link #await()} waits at most {@code timeout} (null: no limit).
     *
     * @throws IllegalArgumentException if {@code parties} is less than 1
     */
    public Barrier(Context context, int parties, Action action, Duration timeout) {
        Objects.requireNonNull(context, "context");
        if (parties < 1) {
            throw new IllegalArgumentException("a Barrier needs at least 1 party, not " + parties);
        }
        this.parties = parties;
        this.action = action;
        this.timeoutNanos = timeout == null ? -1L : Timeouts.nanos(timeout);
        this.lock = new Lock(context);
        this.cond = new Condition(lock);
        this.words = SyncBackings.barrierWords(context, parties);
    }

    /**
     * Waits until all parties have called {@code await}, for at most the barrier's timeout.
     *
     * @return this party's index in the cycle, from 0 (first to arrive) to {@code parties-1}
     * @throws BrokenBarrierError if the barrier is or becomes broken, or is reset, or the
     *     timeout elapses (which breaks it)
     * @throws InterruptedError if interrupted while waiting (which breaks the barrier; the
     *     interrupt flag is restored)
     */
    public int await() {
        return await(timeoutNanos);
    }

    /**
     * As {@link #await()}, for at most {@code timeout}. A timeout of zero or less does not
     * wait: unless this party is the last, the barrier breaks.
     */
    public int await(Duration timeout) {
        return await(Timeouts.nanos(timeout));
    }

    private int await(long nanos) {
        long deadline = System.nanoTime() + nanos;
        try (var _ = lock.hold()) {
            if (lock.ownerDied()) {
                breakBarrier(); // a process died inside the barrier's lock: its state is suspect
            }
            enter();
            int index = words.count();
            words.count(index + 1);
            int token = words.arrive();
            try {
                if (index + 1 == parties) {
                    if (forgetDeadParties()) {
                        throw new BrokenBarrierError("a party died waiting at the Barrier, which is now broken");
                    }
                    trip();
                } else {
                    waitForTrip(nanos, deadline);
                }
                return index;
            } finally {
                words.leave(token);
                words.count(words.count() - 1);
                exit();
            }
        }
    }

    /** Blocks while the previous cycle drains or resets. */
    private void enter() {
        int state = words.state();
        if (state == DRAINING || state == RESETTING) {
            spinWhileStateIs(state, -1L);
        }
        while (words.state() == DRAINING || words.state() == RESETTING) {
            sleep(-1L);
        }
        if (words.state() == BROKEN) {
            throw new BrokenBarrierError("the Barrier is broken");
        }
    }

    private void trip() {
        if (action != null) {
            try {
                action.run();
            } catch (Exception | Error e) {
                breakBarrier();
                throw new BrokenBarrierError("the Barrier action threw " + e, e);
            }
        }
        words.state(DRAINING);
        cond.signalAll();
    }

    private void waitForTrip(long nanos, long deadline) {
        spinWhileStateIs(FILLING, nanos);
        while (words.state() == FILLING) {
            long remaining = nanos < 0 ? -1L : deadline - System.nanoTime();
            if (nanos >= 0 && remaining <= 0) {
                breakBarrier();
                throw new BrokenBarrierError("timed out waiting at the Barrier, which is now broken");
            }
            sleep(remaining);
        }
        if (words.state() < 0) {
            throw new BrokenBarrierError(words.state() == RESETTING
                    ? "the Barrier was reset while waiting" : "the Barrier was broken while waiting");
        }
    }

    /**
     * Watches, with the lock released, for the state to leave {@code state}, for at most
     * {@link #SPIN_NANOS} (and {@code nanos}, unless negative), where the state is a plain
     * read of memory; the caller then re-checks under the lock, and sleeps if it must.
     */
    private void spinWhileStateIs(int state, long nanos) {
        if (!words.spinnable() || nanos == 0) {
            return;
        }
        long spin = nanos < 0 ? SPIN_NANOS : Math.min(nanos, SPIN_NANOS);
        int depth = lock.sync.releaseAll();
        try {
            long start = System.nanoTime();
            while (words.state() == state && System.nanoTime() - start < spin) {
                Thread.onSpinWait();
            }
        } finally {
            lock.sync.restore(depth); // uninterruptibly, keeping the flag for the sleep to see
        }
        if (lock.ownerDied()) {
            breakBarrier(); // as after a sleep: taken back from a process that died holding it
        }
    }

    /** One wait on the condition; breaks the barrier on interrupt or when a party died. */
    private void sleep(long nanos) {
        long slice = words.watchesDeadParties()
                ? (nanos < 0 ? DEAD_PARTY_CHECK_NANOS : Math.min(nanos, DEAD_PARTY_CHECK_NANOS)) : nanos;
        try {
            if (slice < 0) {
                cond.await();
            } else {
                cond.await(Duration.ofNanos(slice));
            }
        } catch (InterruptedError e) {
            breakBarrier();
            throw e;
        }
        if (lock.ownerDied()) {
            // This waiter took the lock back from a process that died holding it, perhaps
            // between two updates of the words (count raised, slot not yet recorded).
            breakBarrier();
        }
        if (words.watchesDeadParties() && System.nanoTime() - nextDeadPartyCheck >= 0) {
            nextDeadPartyCheck = System.nanoTime() + DEAD_PARTY_CHECK_NANOS;
            forgetDeadParties();
        }
    }

    /**
     * Forgets the parties whose process died; returns whether there were any. One that was
     * still waiting to be released breaks the cycle; one released already (the barrier drains
     * or resets) has left in effect, which may let the next cycle in. Asks the OS about every
     * other process inside, so it runs only at the tripping arrival, once a slice and at reset.
     */
    private boolean forgetDeadParties() {
        if (words.removeDeadParties() == 0) {
            return false;
        }
        if (words.state() == FILLING) {
            breakBarrier();
        } else {
            exit();
        }
        return true;
    }

    /** The last party of a draining or resetting cycle lets the next cycle in. */
    private void exit() {
        if (words.count() == 0 && (words.state() == DRAINING || words.state() == RESETTING)) {
            words.state(FILLING);
            cond.signalAll();
        }
    }

    private void breakBarrier() {
        words.state(BROKEN);
        cond.signalAll();
    }

    /**
     * Returns the barrier to its empty state: parties waiting now get
     * {@link BrokenBarrierError}; a broken barrier becomes usable again, and parties whose
     * process died are forgotten.
     */
    public void reset() {
        try (var _ = lock.hold()) {
            words.removeDeadParties();
            if (words.count() > 0) {
                if (words.state() == FILLING || words.state() == BROKEN) {
                    words.state(RESETTING);
                }
            } else {
                words.state(FILLING);
            }
            cond.signalAll();
        }
    }

    /** Breaks the barrier: current and later callers of {@code await} get {@link BrokenBarrierError}. */
    public void abort() {
        try (var _ = lock.hold()) {
            breakBarrier();
        }
    }

    /** The number of parties needed to trip the barrier. */
    public int parties() {
        return parties;
    }

    /**
     * Whether some party holds the barrier's lock now (a snapshot): a waiter takes it for a
     * moment at every wake-up, so a test that stops a party from outside must not stop it
     * then, or every other party waits for the lock until it runs again.
     */
    boolean isLockHeld() {
        return lock.isLocked();
    }

    /** The number of parties waiting in the current cycle (a snapshot). */
    public int nWaiting() {
        try (var _ = lock.hold()) {
            return words.state() == FILLING ? words.count() : 0;
        }
    }

    /** Whether the barrier is broken. */
    public boolean isBroken() {
        try (var _ = lock.hold()) {
            return words.state() == BROKEN;
        }
    }

    @Override
    public String toString() {
        return "<Barrier(parties=" + parties + ", waiting=" + nWaiting() + (isBroken() ? ", broken" : "") + ")>";
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        if (words instanceof LocalBarrierWords) {
            throw NotTransferableException.threadsContext(Barrier.class);
        }
        out.defaultWriteObject();
    }
}
