package dev.mp4j.sync.spi;

import java.io.Serializable;

/** The mechanics behind {@link dev.mp4j.sync.Semaphore} and {@link dev.mp4j.sync.BoundedSemaphore}, one implementation per context. */
public interface SemaphoreBacking extends Serializable {

    /**
     * Takes a permit. {@code nanos < 0} blocks until one is free; 0 tries once; otherwise
     * waits at most that long.
     *
     * @throws InterruptedException if interrupted while blocking
     */
    boolean acquire(long nanos) throws InterruptedException;

    /**
     * Returns a permit.
     *
     * @throws IllegalMonitorStateException if bounded and the value would pass the bound
     */
    void release();

    /** The number of free permits now (a snapshot). */
    int value();

    /**
     * The number of threads, in any process, blocked waiting for a permit now, or about to
     * block: a snapshot for monitoring and tests, not for synchronization.
     */
    int waiterCount();
}
