package dev.mp4j.queues.spi;

/** The queues and pipes of a context engine: each call makes the backing of one new queue or pipe, which travels as a handle. */
public interface QueueEngine {

    /**
     * A queue's backing, bounded to {@code maxsize} items (0: unbounded); {@code type} is the
     * public class ({@code Queue}, {@code JoinableQueue}, {@code SimpleQueue}), which errors name.
     */
    QueueBacking queue(int maxsize, Class<?> type);

    /** The two ends of a new pipe, conn1's then conn2's; one-way unless {@code duplex}: conn2 sends, conn1 receives. */
    PipeEnd[] pipe(boolean duplex);
}
