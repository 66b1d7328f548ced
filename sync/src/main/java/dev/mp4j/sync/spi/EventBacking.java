package dev.mp4j.sync.spi;

import java.io.Serializable;

/** The mechanics behind {@link dev.mp4j.sync.Event}, one implementation per context. */
public interface EventBacking extends Serializable {

    boolean isSet();

    void set();

    void clear();

    /**
     * Waits until the flag is set, for at most {@code nanos} ({@code < 0}: no limit; 0: no wait).
     *
     * @return true if the flag was set on entry or was set while waiting
     * @throws InterruptedException if interrupted while waiting
     */
    boolean await(long nanos) throws InterruptedException;

    /**
     * The number of threads, in any process, blocked waiting for the flag now, or about to
     * block: a snapshot for monitoring and tests, not for synchronization.
     */
    int waiterCount();
}
