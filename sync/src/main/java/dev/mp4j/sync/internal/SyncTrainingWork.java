package dev.mp4j.sync.internal;

import dev.mp4j.core.Context;
import dev.mp4j.core.internal.spawn.AotTrainingWork;
import dev.mp4j.sync.Barrier;
import dev.mp4j.sync.Condition;
import dev.mp4j.sync.Event;
import dev.mp4j.sync.Lock;
import dev.mp4j.sync.RLock;
import dev.mp4j.sync.Semaphore;
import java.time.Duration;

/**
 * The training of the child JVMs' AOT cache for {@code sync}: the uncontended paths of every
 * spawn-context primitive, often enough for their method profiles to be worth keeping.
 */
public final class SyncTrainingWork implements AotTrainingWork {

    private static final int ROUNDS = 20_000;

    @Override
    public void train() {
        Context spawn = Context.spawn();
        Lock lock = new Lock(spawn);
        RLock rlock = new RLock(spawn);
        Semaphore semaphore = new Semaphore(spawn, 1);
        Event event = new Event(spawn);
        Condition condition = new Condition(spawn);
        Barrier barrier = new Barrier(spawn, 1);
        for (int i = 0; i < ROUNDS; i++) {
            lock.acquire();
            lock.release();
            try (var _ = rlock.hold(); var _ = rlock.hold()) {
                semaphore.acquire();
                semaphore.release();
            }
            event.set();
            event.isSet();
            event.clear();
            try (var _ = condition.hold()) {
                condition.signal();
            }
        }
        for (int i = 0; i < ROUNDS / 10; i++) {
            lock.acquire(Duration.ZERO);
            lock.release();
            event.await(Duration.ZERO);
            barrier.await();
        }
    }
}
