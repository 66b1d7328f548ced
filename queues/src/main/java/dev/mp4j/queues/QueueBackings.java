package dev.mp4j.queues;

import dev.mp4j.core.Context;

/**
 * The one place where {@code queues} turns a {@link Context} into backings: a new kind of
 * context adds its case here and the public classes stay as they are.
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
        };
    }

    /** The ring of a spawn-context queue: {@code -Dmp4j.queue.ringBytes}, a power of two, 1 MiB by default. */
    static int ringBytes() {
        String bytes = System.getProperty("mp4j.queue.ringBytes");
        if (bytes == null) {
            return RingLayout.DEFAULT_CAPACITY;
        }
        try {
            return RingLayout.checkCapacity(Long.parseLong(bytes.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-Dmp4j.queue.ringBytes must be a number of bytes: " + bytes, e);
        }
    }
}
