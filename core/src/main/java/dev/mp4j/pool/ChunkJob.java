package dev.mp4j.pool;

import dev.mp4j.core.Process;
import dev.mp4j.core.internal.JobWorkers;
import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.spi.Job;
import java.io.Serial;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One chunk of a Pool of a cluster context, as it travels to a node: the bytes a spawn
 * worker would get in a frame ({@link WireFormat}), the pool's initializer, and who started
 * the pool. It answers with the chunk's results in {@link WireFormat#results} form; a task's
 * exception is a result, so the job itself fails only when its node does.
 *
 * <p>On each node a pool has one worker process, {@code ClusterPoolWorker-N}: its chunks run
 * as it (so {@link dev.mp4j.core.Context#currentProcess()} is it, and
 * {@link dev.mp4j.core.Context#parentProcess()} the pool's starter), and its initializer runs
 * once, as it, before the pool's first chunk there (Python runs it once per worker process;
 * a node is the cluster's worker process). Both are kept for the node's life, a few bytes
 * per pool.
 */
record ChunkJob(String poolId, byte[] initializer, String parentName, long parentPid, long chunkId, byte[] fn,
        byte[] items) implements Job<byte[]> {

    @Serial
    private static final long serialVersionUID = 2L;

    /** Per pool that reached this node: its worker, and its initializer's outcome. */
    private static final ConcurrentHashMap<String, NodeWorker> WORKERS = new ConcurrentHashMap<>();
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final Object INITIALIZED = new Object();

    /** A pool's worker process on this node; {@code init} is null, {@link #INITIALIZED}, or the initializer's failure. */
    private static final class NodeWorker {
        final Process process = JobWorkers.newWorker("ClusterPoolWorker-" + NAMES.incrementAndGet());
        Object init;
    }

    @Override
    public byte[] run() {
        NodeWorker worker = WORKERS.computeIfAbsent(poolId, id -> new NodeWorker());
        return JobWorkers.runAs(worker.process, parentName, parentPid, () -> runAs(worker));
    }

    private byte[] runAs(NodeWorker worker) {
        Throwable initError = initializer == null ? null : initialized(worker);
        Object[] values;
        Throwable[] errors;
        try {
            Fn<Object, Object> f = WireFormat.readFunction(fn);
            List<Object> list = WireFormat.readItems(items);
            values = new Object[list.size()];
            errors = new Throwable[list.size()];
            ChunkRunner.run(f, list, initError, values, errors);
        } catch (Throwable t) {
            // The task or its items cannot be read on this node: every item fails with that.
            int count = WireFormat.countItems(items);
            values = new Object[count];
            errors = new Throwable[count];
            Arrays.fill(errors, t);
        }
        // An interrupt a task left behind belongs to it, not to the node's next job on this thread.
        Thread.interrupted();
        return WireFormat.results(chunkId, values, errors);
    }

    /** Runs the initializer once per worker, the first chunk's thread running it while the others wait; its failure, or null. */
    private Throwable initialized(NodeWorker worker) {
        synchronized (worker) {
            if (worker.init == null) {
                try {
                    ((Initializer) Serialization.deserialize(initializer, "the initializer of the pool")).run();
                    worker.init = INITIALIZED;
                } catch (Throwable t) {
                    worker.init = t;
                }
            }
            return worker.init instanceof Throwable t ? t : null;
        }
    }
}
