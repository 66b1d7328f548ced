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
}
