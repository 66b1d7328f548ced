package dev.mp4j.sync.spi;

import java.io.Serializable;

/**
 * The state of a {@link dev.mp4j.sync.Barrier}, one implementation per context; every method is called
 * with the barrier's lock held. The names follow CPython's {@code threading.Barrier}.
 */
public interface BarrierWords extends Serializable {

    int FILLING = 0;
    int DRAINING = 1;
    int RESETTING = -1;
    int BROKEN = -2;

    int state();

    void state(int state);

    /** Parties inside {@code await} in the current cycle. */
    int count();

    void count(int count);

    /** Records the calling process as a party inside; returns a token for {@link #leave}. None where parties cannot die. */
    default int arrive() {
        return 0;
    }

    /** Forgets the arrival {@code token}. */
    default void leave(int token) {}

    /**
     * Forgets arrivals of processes that died, lowering the count; returns how many. Asks the
     * OS once for each other process with a party inside (tens of microseconds each); none
     * where parties cannot die.
     */
    default int removeDeadParties() {
        return 0;
    }

    /**
     * Whether {@link #state()} is a read of this machine's memory, cheap enough for a waiter to
     * poll for a moment without the lock before it sleeps (not where it is a network call).
     */
    default boolean spinnable() {
        return false;
    }

    /** Whether parties may die under the barrier (other JVMs), so waiters should check. */
    default boolean watchesDeadParties() {
        return false;
    }
}
