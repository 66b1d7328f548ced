package dev.mp4j.sync;

import dev.mp4j.core.Context;
import dev.mp4j.core.spi.Engine;

/**
 * The one place where {@code sync} turns a {@link Context} into backings: a new kind of
 * context adds its cases here and the public classes stay as they are.
 */
final class SyncBackings {

    private SyncBackings() {}

    static LockBacking lock(Context context) {
        return switch (context.kind()) {
            case THREADS -> new LocalLock();
            case SPAWN -> MappedLock.create(false);
            case CLUSTER -> throw Engine.unsupported("a Lock");
        };
    }

    static LockBacking rlock(Context context) {
        return switch (context.kind()) {
            case THREADS -> new LocalRLock();
            case SPAWN -> MappedLock.create(true);
            case CLUSTER -> throw Engine.unsupported("an RLock");
        };
    }

    static SemaphoreBacking semaphore(Context context, int value, int bound, Class<?> type) {
        return switch (context.kind()) {
            case THREADS -> new LocalSemaphore(value, bound, type);
            case SPAWN -> MappedSemaphore.create(value, bound);
            case CLUSTER -> throw Engine.unsupported("a Semaphore");
        };
    }

    static EventBacking event(Context context) {
        return switch (context.kind()) {
            case THREADS -> new LocalEvent();
            case SPAWN -> MappedEvent.create();
            case CLUSTER -> throw Engine.unsupported("an Event");
        };
    }

    static BarrierWords barrierWords(Context context, int parties) {
        return switch (context.kind()) {
            case THREADS -> new LocalBarrierWords();
            case SPAWN -> MappedBarrierWords.create(parties);
            case CLUSTER -> throw Engine.unsupported("a Barrier");
        };
    }
}
