package dev.mp4j.queues;

import dev.mp4j.core.Context;
import dev.mp4j.queues.spi.QueueBacking;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * The plain queue, as Python's {@code multiprocessing.SimpleQueue}: unbounded in items, with
 * only {@link #put}, {@link #get}, {@link #empty} and {@link #close}.
 *
 * <pre>{@code
 * SimpleQueue<String> lines = new SimpleQueue<>(Context.spawn());
 * new Process(ctx, () -> lines.put("hello")).start();
 * System.out.println(lines.get());      // hello
 * }</pre>
 *
 * <p><b>Memory consistency effects:</b> actions before a {@code put} of an item happen-before
 * the actions after the {@code get} that returns it, in any thread of any process.
 *
 * <p><b>Across processes.</b> As {@link Queue}, whose mechanism it shares: in the spawn
 * context a put may wait only while the queue's ring of bytes is full, and returns once the
 * item is in shared memory.
 *
 * @param <E> the type of the items
 */
public final class SimpleQueue<E> implements AutoCloseable, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    final QueueBacking sync;
    private transient volatile boolean closed;

    /** A simple queue of the default context. */
    public SimpleQueue() {
        this(Context.defaultContext());
    }

    /** A simple queue of {@code context}. */
    public SimpleQueue(Context context) {
        this(QueueBackings.queue(Objects.requireNonNull(context, "context"), 0, SimpleQueue.class));
    }

    SimpleQueue(QueueBacking sync) {
        this.sync = sync;
    }

    /**
     * Adds {@code item} (null allowed) at the tail.
     *
     * @throws dev.mp4j.core.InterruptedError if interrupted while waiting for room in the ring (the interrupt flag is restored)
     * @throws dev.mp4j.core.SerializationError (spawn context) if the item cannot be serialized
     * @throws IllegalStateException if this queue object was closed
     */
    public void put(E item) {
        checkOpen();
        sync.offer(item, Long.MAX_VALUE);
    }

    /**
     * Takes the item at the head, waiting as long as it takes for one.
     *
     * @throws dev.mp4j.core.InterruptedError if interrupted while waiting (the interrupt flag is restored)
     * @throws IllegalStateException if this queue object was closed
     */
    @SuppressWarnings("unchecked")
    public E get() {
        checkOpen();
        return (E) sync.poll(Long.MAX_VALUE);
    }

    /** Whether the queue holds no item now. */
    public boolean empty() {
        return sync.size() == 0;
    }

    /** Closes this queue object: later puts and gets through it throw {@link IllegalStateException}. Idempotent. */
    @Override
    public void close() {
        closed = true;
    }

    /** Threads, in any process, waiting in a get (or a put) now: a snapshot for monitoring and tests. */
    public int getQueueLength() {
        return sync.waiterCount();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("SimpleQueue is closed");
        }
    }

    @Override
    public String toString() {
        return "<SimpleQueue(" + (empty() ? "empty" : "not empty") + (closed ? ", closed" : "") + ")>";
    }
}
