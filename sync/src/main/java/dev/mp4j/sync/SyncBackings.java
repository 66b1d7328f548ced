package dev.mp4j.sync;

import dev.mp4j.core.Context;

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
        };
    }

    static LockBacking rlock(Context context) {
        return switch (context.kind()) {
            case THREADS -> new LocalRLock();
            case SPAWN -> MappedLock.create(true);
        };
    }

    static SemaphoreBacking semaphore(Context context, int value, int bound, Class<?> type) {
        return switch (context.kind()) {
            case THREADS -> new LocalSemaphore(value, bound, type);
            case SPAWN -> MappedSemaphore.create(value, bound);
        };
    }

    static EventBacking event(Context context) {
        return switch (context.kind()) {
            case THREADS -> new LocalEvent();
            case SPAWN -> MappedEvent.create();
        };
    }

    static BarrierWords barrierWords(Context context, int parties) {
        return switch (context.kind()) {
            case THREADS -> new LocalBarrierWords();
            case SPAWN -> MappedBarrierWords.create(parties);
        };
    }
}
