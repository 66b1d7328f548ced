package dev.mp4j.pool;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.TimeoutError;
import dev.mp4j.core.internal.Timeouts;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code imap}/{@code imapUnordered}: a feeder thread reads the input lazily, at most
 * {@code window} chunks ahead of what the consumer has taken, and the consumer takes items
 * in input order (or as they arrive). An item's exception is thrown where the iteration
 * reaches it, and the items after it still arrive. An exception of the input itself
 * replaces the chunk it was building and ends the iteration (Python). Closing the iterator
 * stops the input before the next item and drops the results; the job ends once the chunks
 * already submitted are in.
 */
final class ImapJob<R> extends Job {

    private record Entry(Object value, Throwable error, boolean endsChunk) {}

    private final PoolBacking backing;
    private final boolean ordered;
    private final Semaphore window;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    /** Guarded by lock. */
    private final ArrayDeque<Entry> ready = new ArrayDeque<>();
    /** Guarded by lock, like the fields up to {@code over}. */
    private final Map<Integer, Entry[]> early = new HashMap<>();
    private int nextChunk;
    private int chunksIn;
    private int totalChunks = -1;
    private volatile long totalItems = -1;
    private Throwable fatal;
    private boolean over;
    private volatile Thread feeder;
    /** Set once the pool is shut down: the feeder no longer waits for the consumer. */
    private volatile boolean unbounded;
    /** Set when the pool is closed or terminated, or the iterator closed: the feeder reads no more input. */
    private volatile Throwable stop;
    /** The iterator was closed: results are dropped as they arrive. */
    private volatile boolean closed;
    /** Entries moved out of {@code ready} in one go; only the consuming thread touches it. */
    private final ArrayDeque<Entry> taken = new ArrayDeque<>();

    ImapJob(PoolBacking backing, boolean ordered, int window, ProgressListener progress) {
        super(backing, progress);
        this.backing = backing;
        this.ordered = ordered;
        this.window = new Semaphore(window);
    }

    /** Starts the feeder over {@code items}. */
    void feed(Fn<Object, Object> fn, byte[] fnBytes, Iterable<?> items, int chunksize) {
        // A platform thread: a send from a virtual thread would put the workers' sockets into
        // non-blocking mode for good (see AuthListener.acceptAuthenticated).
        feeder = Thread.ofPlatform().daemon().name("mp4j-imap-feeder-" + id).start(() -> run(fn, fnBytes, items, chunksize));
    }

    private void run(Fn<Object, Object> fn, byte[] fnBytes, Iterable<?> items, int chunksize) {
        int index = 0;
        long count = 0;
        try {
            Iterator<?> it = null;
            while (true) {
                if (!unbounded) {
                    window.acquire();
                }
                List<Object> buffer = new ArrayList<>(Math.min(chunksize, 4096));
                boolean more = true;
                try {
                    if (it == null) {
                        checkStop();
                        it = items.iterator();
                    }
                    // Checked before every item: a stop leaves the input where it is.
                    while (buffer.size() < chunksize && checkStop() && (more = it.hasNext())) {
                        buffer.add(it.next());
                    }
                } catch (Throwable t) {
                    if (closed) {
                        inputEnded(index, count); // nobody reads the cut: only the chunks out are awaited
                    } else {
                        inputEnded(index + 1, count + 1);
                        completeAll(index, 1, stop != null ? stop : t);
                    }
                    return;
                }
                if (!buffer.isEmpty()) {
                    count += buffer.size();
                    try {
                        backing.submit(backing.chunk(this, index, fn, fnBytes, buffer));
                    } catch (RuntimeException e) {
                        completeAll(index, buffer.size(), e);
                    }
                    index++;
                }
                if (!more || buffer.isEmpty()) {
                    inputEnded(index, count);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // The pool was terminated: fail() has ended the iteration.
        }
    }

    /** Throws the reason to stop reading the input, if there is one; else true. */
    private boolean checkStop() throws Throwable {
        Throwable stopped = stop;
        if (stopped != null) {
            throw stopped;
        }
        return true;
    }

    /**
     * The pool was shut down: read the rest of the input without waiting for the consumer,
     * so that join() waits for the input only, as in Python (which reads it all at once).
     */
    @Override
    void poolShutDown() {
        unbounded = true;
        window.release();
    }

    /**
     * The pool was closed: read no more input. The chunks already submitted still arrive;
     * then the iteration raises {@code error} where the input was cut.
     */
    @Override
    void stopInput(Throwable error) {
        stop = error;
        window.release();
    }

    /**
     * {@link ImapIterator#close()}, also when the iterator became garbage: read no more input
     * and drop the results, those in and those to come. The job ends once the chunks already
     * submitted are in.
     */
    void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            chunksIn += early.size(); // in, as far as the end of the job goes
            early.clear();
            ready.clear();
            fatal = null;
            checkOver();
            arrived.signalAll(); // a next() waiting in another thread throws that it is closed
        } finally {
            lock.unlock();
        }
        stopInput(new IllegalStateException("the imap iterator was closed"));
    }

    private void inputEnded(int chunks, long items) {
        lock.lock();
        try {
            if (over) {
                return; // failed as a whole (terminate): the iteration has ended already
            }
            totalChunks = chunks;
            totalItems = items;
            checkOver();
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    void onChunk(int index, Object[] values, Throwable[] errors) {
        Entry[] entries = new Entry[values.length];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new Entry(values[i], errors[i], i == entries.length - 1);
        }
        lock.lock();
        try {
            if (over) {
                return;
            }
            if (closed) {
                chunksIn++;
            } else if (!ordered) {
                add(entries);
            } else {
                early.put(index, entries);
                for (Entry[] next; (next = early.remove(nextChunk)) != null; nextChunk++) {
                    add(next);
                }
            }
            checkOver();
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void add(Entry[] entries) {
        chunksIn++;
        if (entries.length == 0) {
            window.release();
        }
        for (Entry e : entries) {
            ready.add(e);
        }
    }

    /** Under lock: the job ends when every chunk is in. */
    private void checkOver() {
        if (!over && totalChunks >= 0 && chunksIn == totalChunks) {
            over = true;
            ended();
        }
    }

    @Override
    void fail(Throwable error) {
        stop = error;
        lock.lock();
        try {
            if (fatal == null && !over) {
                fatal = error;
            }
            if (!over) {
                over = true;
                totalChunks = chunksIn;
                ended();
            }
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        // Wakes the feeder wherever it waits; it then reads no more input.
        Thread f = feeder;
        if (f != null) {
            f.interrupt();
        }
        window.release();
    }

    @Override
    long total() {
        return totalItems;
    }

    /**
     * See {@link ImapIterator#hasNext()}; a null timeout waits forever, else a
     * {@link TimeoutError} once {@code timeout} ran out with nothing in.
     */
    boolean hasNext(Duration timeout) {
        if (closed) {
            taken.clear();
            return false;
        }
        if (!taken.isEmpty()) {
            return true;
        }
        long nanos = timeout == null ? Long.MAX_VALUE : Timeouts.nanos(timeout);
        lock.lock();
        try {
            while (ready.isEmpty() && fatal == null && !closed && !(totalChunks >= 0 && chunksIn == totalChunks)) {
                if (nanos <= 0) {
                    throw new TimeoutError("next result not ready after " + timeout);
                }
                nanos = Timeouts.unlimited(nanos) ? waitForever() : arrived.awaitNanos(nanos);
            }
            return !closed && (!ready.isEmpty() || fatal != null);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        } finally {
            lock.unlock();
        }
    }

    /** See {@link ImapIterator#next(Duration)}; a null timeout waits forever. */
    @SuppressWarnings("unchecked")
    R next(Duration timeout) {
        long nanos = timeout == null ? Long.MAX_VALUE : Timeouts.nanos(timeout);
        if (closed) {
            taken.clear();
            throw closedError();
        }
        Entry e = taken.poll();
        if (e == null) {
            e = takeUnderLock(timeout, nanos);
        }
        if (e.endsChunk()) {
            window.release();
        }
        if (e.error() != null) {
            throw Rethrow.<RuntimeException>sneaky(e.error());
        }
        return (R) e.value();
    }

    /** Waits for entries, moves them all to {@code taken}, and returns the first. */
    private Entry takeUnderLock(Duration timeout, long nanos) {
        Entry e;
        lock.lock();
        try {
            while ((e = ready.poll()) == null) {
                if (closed) {
                    throw closedError();
                }
                if (fatal != null) {
                    Throwable f = fatal;
                    fatal = null;
                    throw Rethrow.<RuntimeException>sneaky(f);
                }
                if (totalChunks >= 0 && chunksIn == totalChunks) {
                    throw new NoSuchElementException("no more results");
                }
                if (nanos <= 0) {
                    throw new TimeoutError("next result not ready after " + timeout);
                }
                nanos = Timeouts.unlimited(nanos) ? waitForever() : arrived.awaitNanos(nanos);
            }
            taken.addAll(ready);
            ready.clear();
            return e;
        } catch (InterruptedException ie) {
            throw new InterruptedError(ie);
        } finally {
            lock.unlock();
        }
    }

    private static IllegalStateException closedError() {
        return new IllegalStateException("this imap iterator is closed");
    }

    private long waitForever() throws InterruptedException {
        arrived.await();
        return Long.MAX_VALUE;
    }
}
