package dev.mp4j.queues.spi;

/** The queues of a context engine: each call makes the backing of one new queue, which travels as a handle. */
public interface QueueEngine {

    /**
     * A queue's backing, bounded to {@code maxsize} items (0: unbounded); {@code type} is the
     * public class ({@code Queue}, {@code JoinableQueue}, {@code SimpleQueue}), which errors name.
     */
    QueueBacking queue(int maxsize, Class<?> type);
}
