package dev.mp4j.queues;

import dev.mp4j.core.Context;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.queues.spi.QueueBacking;
import java.io.Serial;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link Queue} that counts unfinished tasks, as Python's
 * {@code multiprocessing.JoinableQueue}: every put adds one, every {@link #taskDone()} takes
 * one away, and {@link #join()} waits until the count is back to zero, that is until a
 * consumer has called {@code taskDone()} for every item put.
 *
 * <pre>{@code
 * JoinableQueue<String> work = new JoinableQueue<>(Context.spawn());
 * for (int i = 0; i < 4; i++) {
 *     Process p = new Process(ctx, () -> {
 *         while (true) { handle(work.get()); work.taskDone(); }
 *     });
 *     p.setDaemon(true);
 *     p.start();
 * }
 * files.forEach(work::put);
 * work.join();                          // every file handled
 * }</pre>
 *
 * <p><b>Memory consistency effects:</b> as {@link Queue}'s; and actions before a
 * {@code taskDone()} happen-before the actions after a {@code join} that returns because of it.
 *
 * <p><b>Across processes.</b> As {@link Queue}. The count lives in the queue's shared memory,
 * so {@code taskDone()} and {@code join()} may be called from any process. A consumer that
 * dies before its {@code taskDone()} leaves its task unfinished, as in Python.
 *
 * @param <E> the type of the items
 */
public final class JoinableQueue<E> extends Queue<E> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** An unbounded joinable queue of the default context. */
    public JoinableQueue() {
        this(Context.defaultContext(), 0);
    }

    /** A joinable queue of the default context bounded to {@code maxsize} items (0 or less: unbounded). */
    public JoinableQueue(int maxsize) {
        this(Context.defaultContext(), maxsize);
    }

    /** An unbounded joinable queue of {@code context}. */
    public JoinableQueue(Context context) {
        this(context, 0);
    }

    /** A joinable queue of {@code context} bounded to {@code maxsize} items (0 or less: unbounded). */
    public JoinableQueue(Context context, int maxsize) {
        super(QueueBackings.queue(Objects.requireNonNull(context, "context"), maxsize, JoinableQueue.class));
    }

    JoinableQueue(QueueBacking sync) {
        super(sync);
    }

    /**
     * Marks one item taken from the queue as processed. A {@link #join()} waiting for the
     * last unfinished task returns.
     *
     * @throws IllegalStateException if called more times than items were put (Python's ValueError)
     */
    public void taskDone() {
        sync.taskDone();
    }

    /**
     * Waits until every item put has been marked done by {@link #taskDone()}; returns at once
     * if none is unfinished.
     *
     * @throws dev.mp4j.core.InterruptedError if interrupted while waiting (the interrupt flag is restored)
     */
    public void join() {
        sync.join(Long.MAX_VALUE);
    }

    /**
     * Waits at most {@code timeout} until every item put has been marked done (beyond
     * Python, whose join has no timeout). A timeout of zero or less does not wait.
     *
     * @return whether no task was unfinished, on entry or within the timeout
     * @throws dev.mp4j.core.InterruptedError if interrupted while waiting (the interrupt flag is restored)
     */
    public boolean join(Duration timeout) {
        return sync.join(Timeouts.nanos(timeout));
    }

    /** The number of items put and not yet marked done, now: a snapshot. */
    public int unfinishedTasks() {
        return sync.unfinishedTasks();
    }
}
