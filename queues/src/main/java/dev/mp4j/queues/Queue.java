package dev.mp4j.queues;

import dev.mp4j.core.Context;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.queues.spi.QueueBacking;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * A first-in first-out queue between workers, as Python's {@code multiprocessing.Queue}:
 * {@link #put} adds an item at the tail, waiting while the queue holds {@code maxsize}
 * items; {@link #get} takes the item at the head, waiting while there is none.
 *
 * <pre>{@code
 * Queue<Integer> results = new Queue<>(Context.spawn());
 * Process worker = new Process(ctx, () -> results.put(6 * 7));
 * worker.start();
 * worker.join();                        // safe before draining: put has returned
 * System.out.println(results.get());   // 42
 * }</pre>
 *
 * <p><b>Ordering.</b> Items come out in the order their puts completed; the items of one
 * producer thread keep its order. Waiting producers, and waiting consumers, are not served
 * in a fair order.
 *
 * <p><b>Memory consistency effects:</b> actions of a thread before its {@code put} of an item
 * happen-before the actions after the {@code get} that returns it, in any thread of any
 * process sharing the queue.
 *
 * <p><b>Across processes.</b> In the spawn context the queue is a ring of bytes in a mapped
 * file; items are copied into it (plain values in a compact form, other objects by Java
 * serialization, in the caller's thread: an item that cannot be serialized fails the
 * {@code put}, naming the field that broke it, and nothing is enqueued). {@code put} returns
 * once the item is in shared memory: there is no feeder thread, so a process that exits
 * right after a put loses nothing, and a parent may join a child before draining the queue
 * it filled. The queue travels to child JVMs as a handle (at start, in a Pool task, inside
 * another queue). A producer killed mid-put loses only its item; a consumer killed mid-get
 * loses at most the item it was taking; neither wedges the queue. The ring bounds the bytes
 * in flight: an item larger than the ring goes through in pieces while a consumer reads it.
 * In the threads context items are passed by reference, and the queue cannot travel to a
 * child JVM.
 *
 * <p>See the package documentation for the rules every blocking method follows.
 *
 * @param <E> the type of the items
 * @see JoinableQueue
 * @see SimpleQueue
 */
public sealed class Queue<E> implements AutoCloseable, Serializable permits JoinableQueue {

    @Serial
    private static final long serialVersionUID = 1L;

    final QueueBacking sync;
    /** This object's own flag, as Python's close() is the calling process's: a copy sent elsewhere is open. */
    private transient volatile boolean closed;

    /** An unbounded queue of the default context. */
    public Queue() {
        this(Context.defaultContext(), 0);
    }

    /** A queue of the default context bounded to {@code maxsize} items (0 or less: unbounded). */
    public Queue(int maxsize) {
        this(Context.defaultContext(), maxsize);
    }

    /** An unbounded queue of {@code context}. */
    public Queue(Context context) {
        this(context, 0);
    }

    /** A queue of {@code context} bounded to {@code maxsize} items (0 or less: unbounded, as Python). */
    public Queue(Context context, int maxsize) {
        this(QueueBackings.queue(Objects.requireNonNull(context, "context"), maxsize, Queue.class));
    }

    Queue(QueueBacking sync) {
        this.sync = sync;
    }

    /**
     * Adds {@code item} (null allowed) at the tail, waiting as long as it takes for room.
     *
     * @throws ShutDown if the queue is shut down, on entry or while waiting
     * @throws dev.mp4j.core.InterruptedError if interrupted while waiting (the interrupt flag is restored)
     * @throws dev.mp4j.core.SerializationError (spawn context) if the item cannot be serialized
     * @throws IllegalStateException if this queue object was closed
     */
    public void put(E item) {
        offer(item, Long.MAX_VALUE);
    }

    /**
     * Adds {@code item} at the tail, waiting at most {@code timeout} for room. A timeout of
     * zero or less does not wait.
     *
     * @throws Full if there was no room in time; nothing was enqueued
     * @throws ShutDown if the queue is shut down, on entry or while waiting
     * @throws dev.mp4j.core.InterruptedError if interrupted while waiting (the interrupt flag is restored)
     * @throws IllegalStateException if this queue object was closed
     */
    public void put(E item, Duration timeout) {
        offer(item, Timeouts.nanos(timeout));
    }

    /**
     * Adds {@code item} if there is room now, as {@code put(item, Duration.ZERO)}.
     *
     * @throws Full if there is no room
     */
    public void putNowait(E item) {
        offer(item, 0);
    }

    private void offer(E item, long nanos) {
        checkOpen();
        if (!sync.offer(item, nanos)) {
            throw new Full(getClass().getSimpleName() + " is full");
        }
    }

    /**
     * Takes the item at the head, waiting as long as it takes for one.
     *
     * @throws ShutDown if the queue is shut down and empty, on entry or while waiting
     * @throws dev.mp4j.core.InterruptedError if interrupted while waiting (the interrupt flag is restored)
     * @throws IllegalStateException if this queue object was closed
     */
    public E get() {
        return poll(Long.MAX_VALUE);
    }

    /**
     * Takes the item at the head, waiting at most {@code timeout} for one. A timeout of zero
     * or less does not wait.
     *
     * @throws Empty if no item came in time
     * @throws ShutDown if the queue is shut down and empty, on entry or while waiting
     * @throws dev.mp4j.core.InterruptedError if interrupted while waiting (the interrupt flag is restored)
     * @throws IllegalStateException if this queue object was closed
     */
    public E get(Duration timeout) {
        return poll(Timeouts.nanos(timeout));
    }

    /**
     * Takes the item at the head if there is one now, as {@code get(Duration.ZERO)}.
     *
     * @throws Empty if there is none
     */
    public E getNowait() {
        return poll(0);
    }

    @SuppressWarnings("unchecked")
    private E poll(long nanos) {
        checkOpen();
        Object item = sync.poll(nanos);
        if (item == QueueBacking.TIMED_OUT) {
            throw new Empty(getClass().getSimpleName() + " is empty");
        }
        return (E) item;
    }

    /** The number of items in the queue now: exact (Python's is approximate), a snapshot. */
    public int qsize() {
        return sync.size();
    }

    /** Whether the queue holds no item now; {@code empty() == (qsize() == 0)}. */
    public boolean empty() {
        return sync.size() == 0;
    }

    /** Whether the queue holds {@code maxsize} items now; never true for an unbounded queue. */
    public boolean full() {
        int max = sync.maxsize();
        return max > 0 && sync.size() >= max;
    }

    /** The bound in items given at construction, or 0 for an unbounded queue. */
    public int maxsize() {
        return sync.maxsize();
    }

    /**
     * Shuts the queue down without dropping its items, as {@code shutdown(false)}.
     *
     * @see #shutdown(boolean)
     */
    public void shutdown() {
        shutdown(false);
    }

    /**
     * Shuts the queue down, in every process, with Python 3.13's {@code queue.Queue.shutdown}
     * semantics: from now on every put throws {@link ShutDown}, and a get throws it once the
     * queue is empty; callers blocked in a put, or in a get of the empty queue, wake up and
     * throw it. With {@code immediate}, the items still in the queue are dropped first and
     * counted as done for {@link JoinableQueue#join()}. Shutting down twice is harmless.
     */
    public void shutdown(boolean immediate) {
        sync.shutdown(immediate);
    }

    /** Whether {@link #shutdown} was called, by any thread of any process. */
    public boolean isShutdown() {
        return sync.isShutdown();
    }

    /**
     * Closes this queue object, as Python's {@code close()}: "no more data from this process".
     * Later puts and gets through it throw {@link IllegalStateException} (Python 3.8+); other
     * queue objects for the same queue (a copy in a child JVM, say) are unaffected, and so
     * is what is in the queue. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
    }

    /**
     * Kept for parity with Python, where it waits for the feeder thread that flushes a
     * closed queue's buffer. mp4j has no feeder thread: {@code put} returns once the item is
     * in the queue, so there is nothing to flush and this returns at once.
     *
     * @throws IllegalStateException if the queue was not closed first (Python's assertion)
     */
    public void joinThread() {
        if (!closed) {
            throw new IllegalStateException("joinThread() needs close() first, as in Python");
        }
    }

    /**
     * Kept for parity with Python, where it lets a process exit without flushing its feeder
     * thread (and so may lose data). mp4j has no feeder thread and no buffered data: this
     * does nothing, and nothing is lost.
     */
    public void cancelJoinThread() {
        // nothing is buffered: see the doc
    }

    /**
     * The number of threads, in any process, waiting in a put, a get (or a join) of this
     * queue now, or about to wait, named as the JDK's {@code getQueueLength()}: a snapshot
     * for monitoring and tests, not for synchronization.
     */
    public int getQueueLength() {
        return sync.waiterCount();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(getClass().getSimpleName() + " is closed");
        }
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + "(qsize=" + qsize() + (maxsize() > 0 ? ", maxsize=" + maxsize() : "")
                + (closed ? ", closed" : "") + (isShutdown() ? ", shut down" : "") + ")>";
    }
}
