package dev.mp4j.queues;

import dev.mp4j.core.Context;
import dev.mp4j.core.spi.Engine;
import dev.mp4j.queues.spi.QueueBacking;
import dev.mp4j.queues.spi.QueueEngine;

/**
 * The one place where {@code queues} turns a {@link Context} into backings, of queues and of
 * pipes: a new kind of context adds its case here and the public classes stay as they are.
 */
final class QueueBackings {

    private QueueBackings() {}

    /**
     * The backing of a queue of {@code context} bounded to {@code maxsize} items (0 or less:
     * unbounded); {@code type} is the public class, which errors name.
     */
    static QueueBacking queue(Context context, int maxsize, Class<?> type) {
        int bound = Math.max(0, maxsize);
        return switch (context.kind()) {
            case THREADS -> new LocalQueue(bound, type);
            case SPAWN -> RingQueue.create(bound, ringBytes(), type);
            case CLUSTER -> engine(context, "a " + type.getSimpleName()).queue(bound, type);
        };
    }

    /** For {@link Connection#await}: ready when a get would not block (an item, or shut down). */
    static Waitable waitable(QueueBacking queue) {
        return queue instanceof RingQueue ring ? ring.waitable() : Waitable.polled(() -> queue.size() > 0 || queue.isShutdown());
    }

    /** The two ends of a pipe of {@code context}: conn1's backing, then conn2's. */
    static ConnectionBacking[] pipe(Context context, boolean duplex) {
        return switch (context.kind()) {
            case THREADS -> LocalConnection.pipe(duplex);
            case SPAWN -> RingConnection.pipe(duplex, ringBytes("mp4j.pipe.ringBytes", PipeLayout.DEFAULT_CAPACITY));
            case CLUSTER -> EngineConnection.pipe(engine(context, "a Pipe").pipe(duplex), duplex);
        };
    }

    /** The ring of a spawn-context queue: {@code -Dmp4j.queue.ringBytes}, a power of two, 1 MiB by default. */
    static int ringBytes() {
        return ringBytes("mp4j.queue.ringBytes", RingLayout.DEFAULT_CAPACITY);
    }

    /** The ring size system property {@code property} names, or {@code otherwise}. */
    private static int ringBytes(String property, int otherwise) {
        String bytes = System.getProperty(property);
        if (bytes == null) {
            return otherwise;
        }
        try {
            return RingLayout.checkCapacity(Long.parseLong(bytes.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + property + " must be a number of bytes: " + bytes, e);
        }
    }

    private static QueueEngine engine(Context context, String what) {
        QueueEngine engine = context.engine().family(QueueEngine.class);
        if (engine == null) {
            throw Engine.unsupported(what);
        }
        return engine;
    }
}
