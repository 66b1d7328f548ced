package dev.mp4j.pool;

import dev.mp4j.core.internal.Timeouts;
import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The results of {@link Pool#imap(Fn, Iterable)} and {@link Pool#imapUnordered(Fn, Iterable)}:
 * Python's {@code IMapIterator}, and a resource: {@link #close()} stops reading the input.
 *
 * <pre>{@code
 * try (ImapIterator<Integer> squares = pool.imap(x -> x * x, endlessInput)) {
 *     int first = squares.next(Duration.ofSeconds(5));   // or TimeoutError after 5 s
 *     for (int square : squares.asIterable()) {          // the rest, in input order
 *         if (square > 1_000) {
 *             break;                                     // close() reads no more input
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>{@link #next()} throws the exception of a failed item at that item; the items after it
 * still arrive. {@link #hasNext()} and {@link #next()} wait without a limit;
 * {@link #next(Duration)} waits at most the timeout and then throws
 * {@link dev.mp4j.core.TimeoutError}: a timeout of zero or less does not wait, and one too
 * long for a {@code long} of nanoseconds waits without a limit. When interrupted they
 * restore the interrupt flag and throw {@link dev.mp4j.core.InterruptedError}.
 *
 * <p><b>Closing.</b> The input is read a bounded window ahead of the consumer, so an
 * iterator left early keeps its pool busy with input nobody wants. {@link #close()} stops
 * that: no item is read after the one being read when it is called, no chunk is sent after
 * the one being sent, and the results, those in and those still to come, are dropped;
 * {@link #hasNext()} is false from then on and {@link #next()} throws an
 * {@link IllegalStateException} saying that the iterator is closed. An iterator that becomes
 * garbage is closed the same way, later. {@code close()} is idempotent, and costs nothing
 * once the results are all taken.
 *
 * <p>Meant for one consuming thread; {@link #close()} may be called from any thread, and
 * wakes a consumer waiting in {@code next()}.
 */
public final class ImapIterator<R> implements Iterator<R>, AutoCloseable {

    private final ImapJob<R> job;
    private final Cleaner.Cleanable closer;
    private final AtomicBoolean iterated = new AtomicBoolean();
    /** The limit of {@link ProcessPoolExecutor#map(Fn, Iterable, Duration)}, or null for none. */
    private final Duration timeout;
    /** When the limit's clock started: the call of map. */
    private final long start;

    /** An iterator whose waits end {@code timeout} after {@code start}, a {@link System#nanoTime()}. */
    ImapIterator(ImapJob<R> job, Duration timeout, long start) {
        this.job = job;
        this.timeout = timeout;
        this.start = start;
        // The action holds the job, never this iterator, or the iterator could not become garbage.
        this.closer = Pool.CLEANER.register(this, job::close);
    }

    /**
     * Waits until the next result is in or the results are over; false once closed. (From
     * {@link ProcessPoolExecutor#map(Fn, Iterable, Duration)}: at most until the timeout,
     * then {@link dev.mp4j.core.TimeoutError}.)
     */
    @Override
    public boolean hasNext() {
        return job.hasNext(left());
    }

    /**
     * Waits for the next result and returns it, or throws the exception of its task.
     *
     * @throws java.util.NoSuchElementException if the results are over
     * @throws IllegalStateException if the iterator is closed
     */
    @Override
    public R next() {
        return job.next(left());
    }

    /**
     * Waits at most {@code timeout} for the next result.
     *
     * @throws dev.mp4j.core.TimeoutError if it is not in time
     * @throws java.util.NoSuchElementException if the results are over
     * @throws IllegalStateException if the iterator is closed
     */
    public R next(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        Duration left = left();
        return job.next(left != null && left.compareTo(timeout) < 0 ? left : timeout);
    }

    /** What is left of the limit of an executor's map, or null for none. */
    private Duration left() {
        if (timeout == null) {
            return null;
        }
        long nanos = Timeouts.remaining(start, Timeouts.nanos(timeout));
        return Timeouts.unlimited(nanos) ? null : Duration.ofNanos(nanos);
    }

    /**
     * This iterator as an {@link Iterable}, for a for-each loop over the results not yet
     * taken. One-shot, as the results are: its {@code iterator()} returns this iterator
     * once, and any later call (of this view or another from this method) throws an
     * {@link IllegalStateException}.
     */
    public Iterable<R> asIterable() {
        return () -> {
            if (iterated.getAndSet(true)) {
                throw new IllegalStateException("an imap's results can be iterated once, and this one's iterator "
                        + "was handed out already; call imap again for another pass");
            }
            return this;
        };
    }

    /** Stops reading the input and drops the results (see the class description). */
    @Override
    public void close() {
        closer.clean();
    }
}
