package dev.mp4j.cluster;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.queues.ShutDown;
import dev.mp4j.queues.spi.QueueBacking;
import java.io.Serial;
import java.util.concurrent.TimeUnit;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteAtomicLong;
import org.apache.ignite.IgniteInterruptedException;
import org.apache.ignite.IgniteQueue;
import org.apache.ignite.configuration.CollectionConfiguration;

/**
 * The cluster context's {@link dev.mp4j.queues.Queue}, {@link dev.mp4j.queues.JoinableQueue}
 * and {@link dev.mp4j.queues.SimpleQueue}: an {@link IgniteQueue} (bounded when the queue is,
 * one backup) of items serialized by mp4j, as a spawn queue's are, so that any serializable
 * item travels, null and records included, and mp4j's serial filter guards what is read.
 * The task count of a joinable queue and the shutdown of Python 3.13 are atomics of the
 * cluster. Ignite's queue cannot be woken by a shutdown: a blocked put or get waits in
 * slices of {@link #SLICE_NANOS} and looks at the shutdown between them; a join waits on the
 * task count the same way.
 */
final class ClusterQueue extends ClusterHandle implements QueueBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How soon a blocked put, get or join sees a shutdown or its last task done. */
    static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final int OPEN = 0;
    private static final int SHUT = 1;
    private static final int SHUT_IMMEDIATELY = 2;

    private final int maxsize;
    private final String type;
    private transient IgniteQueue<byte[]> queue;
    private transient IgniteAtomicLong unfinished;
    private transient IgniteAtomicLong shutdown;

    ClusterQueue(Ignite ignite, int maxsize, Class<?> type) {
        super(ignite, "queue");
        this.maxsize = maxsize;
        this.type = type.getSimpleName();
        queue();
    }

    private IgniteQueue<byte[]> queue() {
        if (queue == null) {
            queue = made(ClusterStructures.Kind.QUEUE, name, () -> ignite().queue(name, maxsize, new CollectionConfiguration().setBackups(1)));
            unfinished = counter("unfinished");
            shutdown = counter("shutdown");
        }
        return queue;
    }

    private int state() {
        queue();
        return deaf(() -> (int) shutdown.get());
    }

    private void checkOpen() {
        if (state() != OPEN) {
            throw new ShutDown(type + " is shut down");
        }
    }

    @Override
    public boolean offer(Object item, long nanos) {
        checkOpen();
        byte[] bytes = Serialization.serialize(item, "an item of a " + type);
        IgniteQueue<byte[]> q = queue();
        // Counted before it is visible, so that a get and taskDone racing the put never see it uncounted.
        deaf(unfinished::incrementAndGet);
        boolean put = false;
        try {
            put = waitFor(() -> q.offer(bytes), slice -> q.offer(bytes, slice, TimeUnit.NANOSECONDS), nanos,
                    () -> checkShutdownWhileWaiting(false));
            return put;
        } finally {
            if (!put) {
                deaf(unfinished::decrementAndGet);
            }
        }
    }

    @Override
    public Object poll(long nanos) {
        if (state() == SHUT_IMMEDIATELY) {
            throw new ShutDown(type + " is shut down");
        }
        IgniteQueue<byte[]> q = queue();
        byte[][] got = new byte[1][];
        boolean ok = waitFor(() -> (got[0] = q.poll()) != null, slice -> (got[0] = q.poll(slice, TimeUnit.NANOSECONDS)) != null,
                nanos, () -> checkShutdownWhileWaiting(true));
        return ok ? Serialization.deserialize(got[0], "an item of a " + type) : TIMED_OUT;
    }

    /** One try of a put or a get. */
    @FunctionalInterface
    private interface Attempt {
        boolean tryOnce();
    }

    /** A try that waits at most a slice. */
    @FunctionalInterface
    private interface SlicedAttempt {
        boolean tryWithin(long nanos);
    }

    /**
     * Tries once, deaf to the interrupt (an item there is taken, room there is used, even by
     * an interrupted thread); then waits in slices until it succeeds or the time is up,
     * running {@code betweenSlices} (which throws {@link ShutDown} if the wait must end) before
     * the first and after each. A wait interrupted throws {@link InterruptedError}, the flag
     * restored.
     */
    private boolean waitFor(Attempt attempt, SlicedAttempt sliced, long nanos, Runnable betweenSlices) {
        if (deaf(attempt::tryOnce)) {
            return true;
        }
        betweenSlices.run();
        if (nanos == 0) {
            return false;
        }
        if (Thread.interrupted()) {
            throw new InterruptedError(new InterruptedException());
        }
        long start = System.nanoTime();
        IgniteAtomicLong w = waiters();
        w.incrementAndGet();
        try {
            while (true) {
                long left = Timeouts.remaining(start, nanos);
                if (left <= 0) {
                    return false;
                }
                if (sliced.tryWithin(Math.min(left, SLICE_NANOS))) {
                    return true;
                }
                betweenSlices.run();
            }
        } catch (IgniteInterruptedException e) {
            throw new InterruptedError(interrupted(e));
        } finally {
            deaf(w::decrementAndGet);
        }
    }

    private void checkShutdownWhileWaiting(boolean aGet) {
        int s = state();
        if (s == SHUT_IMMEDIATELY || (s == SHUT && (!aGet || deaf(() -> queue().isEmpty())))) {
            throw new ShutDown(type + " is shut down" + (aGet ? " and empty" : ""));
        }
    }

    @Override
    public int size() {
        return deaf(() -> queue().size());
    }

    @Override
    public int maxsize() {
        return maxsize;
    }

    @Override
    public void shutdown(boolean immediate) {
        queue();
        deafRun(() -> {
            if (immediate) {
                shutdown.getAndSet(SHUT_IMMEDIATELY);
                // Python 3.13: the dropped items count as done, so join() returns.
                int dropped = 0;
                while (queue.poll() != null) {
                    dropped++;
                }
                for (int i = 0; i < dropped; i++) {
                    decrementIfPositive();
                }
            } else {
                shutdown.compareAndSet(OPEN, SHUT);
            }
        });
    }

    @Override
    public boolean isShutdown() {
        return state() != OPEN;
    }

    @Override
    public void taskDone() {
        queue();
        if (!deaf(this::decrementIfPositive)) {
            throw new IllegalStateException("taskDone() called more times than items were put");
        }
    }

    private boolean decrementIfPositive() {
        while (true) {
            long v = unfinished.get();
            if (v <= 0) {
                return false;
            }
            if (unfinished.compareAndSet(v, v - 1)) {
                return true;
            }
        }
    }

    @Override
    public boolean join(long nanos) {
        queue();
        return waitFor(() -> unfinished.get() == 0, slice -> {
            try {
                TimeUnit.NANOSECONDS.sleep(slice);
            } catch (InterruptedException e) {
                throw new InterruptedError(e);
            }
            return unfinished.get() == 0;
        }, nanos, () -> {});
    }

    @Override
    public int unfinishedTasks() {
        queue();
        return deaf(() -> (int) unfinished.get());
    }

    @Override
    public int waiterCount() {
        return deaf(() -> (int) waiters().get());
    }
}
