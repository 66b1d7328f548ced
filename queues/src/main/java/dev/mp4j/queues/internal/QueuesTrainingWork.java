package dev.mp4j.queues.internal;

import dev.mp4j.core.Context;
import dev.mp4j.core.internal.spawn.AotTrainingWork;
import dev.mp4j.queues.JoinableQueue;
import dev.mp4j.queues.Queue;
import dev.mp4j.queues.SimpleQueue;

/**
 * The training of the child JVMs' AOT cache for {@code queues}: puts and gets of the items
 * programs send most (small ints, strings, byte arrays) through every spawn-context queue,
 * often enough for their method profiles to be worth keeping.
 */
public final class QueuesTrainingWork implements AotTrainingWork {

    private static final int ROUNDS = 300;
    private static final int BATCH = 100;

    @Override
    public void train() {
        Context spawn = Context.spawn();
        Queue<Object> queue = new Queue<>(spawn);
        SimpleQueue<Object> simple = new SimpleQueue<>(spawn);
        JoinableQueue<Object> joinable = new JoinableQueue<>(spawn);
        byte[] bytes = new byte[64];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < BATCH; i++) {
                Object item = switch (i % 3) {
                    case 0 -> i;
                    case 1 -> "item " + i;
                    default -> bytes;
                };
                queue.put(item);
                simple.put(item);
                joinable.put(item);
            }
            for (int i = 0; i < BATCH; i++) {
                queue.get();
                simple.get();
                joinable.get();
                joinable.taskDone();
            }
            queue.qsize();
            joinable.join();
        }
        queue.close();
        simple.close();
        joinable.close();
    }
}
