package dev.mp4j.pool;

import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;

/**
 * The results of {@link Pool#imap(Fn, Iterable)} and {@link Pool#imapUnordered(Fn, Iterable)}:
 * Python's {@code IMapIterator}. Also {@link Iterable}, once, for a for-each loop.
 *
 * <pre>{@code
 * ImapIterator<Integer> squares = pool.imap(x -> x * x, List.of(1, 2, 3));
 * int first = squares.next(Duration.ofSeconds(5));   // 1, or TimeoutError after 5 s
 * for (int square : squares) {                       // 4, 9, in input order
 *     System.out.println(square);
 * }
 * }</pre>
 *
 * <p>{@link #next()} throws the exception of a failed item at that item; the items after it
 * still arrive. {@link #hasNext()} and {@link #next()} wait without a limit;
 * {@link #next(Duration)} waits at most the timeout and then throws
 * {@link dev.mp4j.core.TimeoutError}: a timeout of zero or less does not wait, and one too
 * long for a {@code long} of nanoseconds waits without a limit. When interrupted they
 * restore the interrupt flag and throw {@link dev.mp4j.core.InterruptedError}. Meant for one
 * consuming thread.
 */
public final class ImapIterator<R> implements Iterator<R>, Iterable<R> {

    private final ImapJob<R> job;

    ImapIterator(ImapJob<R> job) {
        this.job = job;
    }

    /** Waits until the next result is in or the results are over. */
    @Override
    public boolean hasNext() {
        return job.hasNext();
    }

    /** Waits for the next result and returns it, or throws the exception of its task. */
    @Override
    public R next() {
        return job.next(null);
    }

    /**
     * Waits at most {@code timeout} for the next result.
     *
     * @throws dev.mp4j.core.TimeoutError if it is not in time
     * @throws java.util.NoSuchElementException if the results are over
     */
    public R next(Duration timeout) {
        return job.next(Objects.requireNonNull(timeout, "timeout"));
    }

    @Override
    public Iterator<R> iterator() {
        return this;
    }
}
