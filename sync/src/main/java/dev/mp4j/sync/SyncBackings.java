package dev.mp4j.sync;

import dev.mp4j.core.Context;
import dev.mp4j.core.spi.Engine;
import dev.mp4j.sync.spi.BarrierWords;
import dev.mp4j.sync.spi.EventBacking;
import dev.mp4j.sync.spi.LockBacking;
import dev.mp4j.sync.spi.SemaphoreBacking;
import dev.mp4j.sync.spi.SyncEngine;

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
            case CLUSTER -> engine(context, "a Lock").lock();
        };
    }

    static LockBacking rlock(Context context) {
        return switch (context.kind()) {
            case THREADS -> new LocalRLock();
            case SPAWN -> MappedLock.create(true);
            case CLUSTER -> engine(context, "an RLock").rlock();
        };
    }

    static SemaphoreBacking semaphore(Context context, int value, int bound, Class<?> type) {
        return switch (context.kind()) {
            case THREADS -> new LocalSemaphore(value, bound, type);
            case SPAWN -> MappedSemaphore.create(value, bound);
            case CLUSTER -> engine(context, "a Semaphore").semaphore(value, bound);
        };
    }

    static EventBacking event(Context context) {
        return switch (context.kind()) {
            case THREADS -> new LocalEvent();
            case SPAWN -> MappedEvent.create();
            case CLUSTER -> engine(context, "an Event").event();
        };
    }

    static BarrierWords barrierWords(Context context, int parties) {
        return switch (context.kind()) {
            case THREADS -> new LocalBarrierWords();
            case SPAWN -> MappedBarrierWords.create(parties);
            case CLUSTER -> engine(context, "a Barrier").barrier(parties);
        };
    }

    /** The sync family of a cluster context's engine; {@code what} names the primitive for the error if it has none. */
    private static SyncEngine engine(Context context, String what) {
        SyncEngine engine = context.engine().family(SyncEngine.class);
        if (engine == null) {
            throw Engine.unsupported(what);
        }
        return engine;
    }
}
