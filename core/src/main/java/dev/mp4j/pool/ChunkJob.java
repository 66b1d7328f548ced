package dev.mp4j.pool;

import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.spi.Job;
import java.io.Serial;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One chunk of a Pool of a cluster context, as it travels to a node: the bytes a spawn
 * worker would get in a frame ({@link WireFormat}), and the pool's initializer. It answers
 * with the chunk's results in {@link WireFormat#results} form; a task's exception is a result,
 * so the job itself fails only when its node does.
 *
 * <p>The initializer runs once per pool on each node, before the pool's first chunk there
 * (Python runs it once per worker process; a node is the cluster's worker process). Its
 * outcome is kept for the node's life, a few bytes per pool.
 */
record ChunkJob(String poolId, byte[] initializer, long chunkId, byte[] fn, byte[] items) implements Job<byte[]> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Per pool that reached this node: the initializer's failure, or {@link #INITIALIZED}. */
    private static final ConcurrentHashMap<String, Object> INITIALIZERS = new ConcurrentHashMap<>();
    private static final Object INITIALIZED = new Object();

    @Override
    public byte[] run() {
        Object init = initializer == null ? INITIALIZED : INITIALIZERS.computeIfAbsent(poolId, id -> initialize());
        Throwable initError = init instanceof Throwable t ? t : null;
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

    private Object initialize() {
        try {
            ((Initializer) Serialization.deserialize(initializer, "the initializer of the pool")).run();
            return INITIALIZED;
        } catch (Throwable t) {
            return t;
        }
    }
}
