package dev.mp4j.pool;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.SerializationError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.spi.Engine;
import dev.mp4j.core.spi.Submission;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Workers that are the nodes of a cluster context's {@link Engine}. A chunk travels as a
 * {@link ChunkJob} (the bytes a spawn worker would get) and the engine picks its node; at
 * most {@code processes} chunks are out at once, the rest wait here in order, so a Pool's
 * size still bounds how much of the cluster it takes. A node that leaves fails only the
 * chunks it was running, with the {@link WorkerLostError} the engine names it in; nothing is
 * sent twice. There is no worker to replace, so {@code maxTasksPerChild} has no meaning here.
 */
final class EnginePoolBacking extends PoolBacking {

    private final Engine engine;
    private final String poolId = UUID.randomUUID().toString();
    private final AtomicLong chunkIds = new AtomicLong();
    /** The process that made the pool: its workers' parent. */
    private final Process starter = Context.currentProcess();
    /** Set by terminate: a chunk whose send was under way is cancelled as soon as it is out. Guarded by lock. */
    private boolean killed;
    private byte[] initializer;

    private final Object lock = new Object();
    /** Guarded by lock. */
    private final ArrayDeque<Chunk> pending = new ArrayDeque<>();
    /** Sent and not answered, in the order sent. Guarded by lock. */
    private final Map<Chunk, Submission<byte[]>> running = new LinkedHashMap<>();

    EnginePoolBacking(Context context, PoolOptions options) {
        super(context, options);
        this.engine = context.engine();
    }

    @Override
    boolean serializes() {
        return true;
    }

    @Override
    void startWorkers() {
        if (options.maxTasksPerChild() > 0) {
            throw new IllegalArgumentException("maxTasksPerChild has no meaning in a cluster context: its workers"
                    + " are the cluster's nodes, which a Pool does not replace");
        }
        if (options.initializer() != null) {
            initializer = Serialization.serialize(options.initializer(), "the initializer of the pool");
        }
    }

    @Override
    void submit(Chunk chunk) {
        synchronized (lock) {
            pending.add(chunk);
        }
        dispatch();
    }

    /** Sends queued chunks while fewer than {@code processes} are out; sends outside the lock. */
    private void dispatch() {
        while (true) {
            Chunk chunk;
            synchronized (lock) {
                if (pending.isEmpty() || running.size() >= processes) {
                    return;
                }
                chunk = pending.poll();
                if (chunk.finished()) {
                    continue; // cancelled or timed out while it waited
                }
                // Held before the send, so that a fast answer finds it and terminate sees it.
                running.put(chunk, null);
            }
            send(chunk);
        }
    }

    private void send(Chunk chunk) {
        Submission<byte[]> submission;
        try {
            submission = engine.submit(new ChunkJob(poolId, initializer, starter.name(), ProcessHandle.current().pid(),
                    chunkIds.incrementAndGet(), chunk.fnBytes, chunk.itemBytes));
        } catch (RuntimeException e) {
            answered(chunk);
            chunk.completeAll(e);
            return;
        }
        boolean cancel;
        synchronized (lock) {
            if (running.containsKey(chunk)) {
                running.put(chunk, submission);
            }
            cancel = killed;
        }
        if (cancel) {
            submission.cancel(); // terminate ran while it was being sent, and could not reach it
        }
        if (options.taskTimeout() != null) {
            TaskTimer.start(chunk, options.taskTimeout(), submission::cancel);
        }
        submission.result().whenComplete((bytes, error) -> {
            answered(chunk);
            if (error == null) {
                try {
                    WireFormat.ResultRecord r = WireFormat.readResults(bytes);
                    chunk.complete(r.values(), r.errors());
                } catch (SerializationError e) {
                    chunk.completeAll(e);
                }
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (!(cause instanceof CancellationException)) {
                    chunk.completeAll(cause); // a cancel completed the chunk already
                }
            }
            dispatch();
        });
    }

    private void answered(Chunk chunk) {
        synchronized (lock) {
            running.remove(chunk);
            lock.notifyAll();
        }
    }

    /** Nothing to stop: the nodes are not the pool's, and a join waits for the chunks still out. */
    @Override
    void stopWorkers() {}

    @Override
    void killWorkers() {
        List<Submission<byte[]>> out;
        synchronized (lock) {
            killed = true;
            pending.clear();
            out = new ArrayList<>(running.values());
        }
        for (Submission<byte[]> s : out) {
            if (s != null) {
                s.cancel();
            }
        }
    }

    @Override
    boolean joinWorkers(long nanos) throws InterruptedException {
        long start = System.nanoTime();
        synchronized (lock) {
            while (!running.isEmpty()) {
                if (nanos < 0) {
                    lock.wait();
                } else {
                    long left = Timeouts.remaining(start, nanos);
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
            }
            return true;
        }
    }

    @Override
    boolean workersEnded() {
        synchronized (lock) {
            return running.isEmpty();
        }
    }

    @Override
    boolean unqueue(Chunk chunk) {
        synchronized (lock) {
            return pending.remove(chunk);
        }
    }

    @Override
    void stopRun(Chunk chunk) {
        Submission<byte[]> s;
        synchronized (lock) {
            s = running.get(chunk);
        }
        if (s != null) {
            s.cancel();
        }
    }

    @Override
    List<Chunk> drainUnstarted() {
        synchronized (lock) {
            List<Chunk> drained = new ArrayList<>(pending);
            pending.clear();
            return drained;
        }
    }
}
