package dev.mp4j.queues.spi;

import java.io.Serializable;

/**
 * The mechanics behind {@link dev.mp4j.queues.Queue}, {@link dev.mp4j.queues.JoinableQueue}
 * and {@link dev.mp4j.queues.SimpleQueue}, one implementation per context (the module's
 * backings seam picks it; a context engine gives its own through a {@link QueueEngine}).
 * Items are any objects, null included; the public classes give them their type.
 *
 * <p>Waits take nanoseconds by {@code Timeouts}' rule: 0 does not wait, {@link Long#MAX_VALUE}
 * waits without limit. A call that must wait and is interrupted throws
 * {@link dev.mp4j.core.InterruptedError} (the flag restored); one that need not wait succeeds
 * even with the flag set.
 */
public interface QueueBacking extends Serializable {

    /** What {@link #poll} returns when no item came in time. */
    Object TIMED_OUT = new Object() {
        @Override
        public String toString() {
            return "TIMED_OUT";
        }
    };

    /**
     * Enqueues {@code item} once there is room, waiting at most {@code nanos}.
     *
     * @return false if there was no room in time (nothing was enqueued)
     * @throws dev.mp4j.queues.ShutDown if the queue is shut down, on entry or while waiting
     */
    boolean offer(Object item, long nanos);

    /**
     * Takes the oldest item, waiting at most {@code nanos} for one.
     *
     * @return the item, or {@link #TIMED_OUT}
     * @throws dev.mp4j.queues.ShutDown if the queue is shut down and empty, on entry or while waiting
     */
    Object poll(long nanos);

    /** The number of items in the queue now: exact, at one instant. */
    int size();

    /** The bound in items, or 0 for none. */
    int maxsize();

    /** Python 3.13's {@code shutdown(immediate)}: see {@link dev.mp4j.queues.Queue#shutdown(boolean)}. */
    void shutdown(boolean immediate);

    boolean isShutdown();

    /**
     * Marks one item put earlier as processed.
     *
     * @throws IllegalStateException if called more times than items were put
     */
    void taskDone();

    /** Waits at most {@code nanos} until every item put has been marked done; returns whether it was. */
    boolean join(long nanos);

    /** Items put and not yet marked done. */
    int unfinishedTasks();

    /** Threads, in any process, blocked in a put, a get or a join now, or about to block. */
    int waiterCount();

}
