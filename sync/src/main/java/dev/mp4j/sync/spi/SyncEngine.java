package dev.mp4j.sync.spi;

/**
 * The sync primitives of a context engine: each method makes the backing of one new
 * primitive, shared by every worker the primitive reaches (it travels as a handle).
 */
public interface SyncEngine {

    /** A Lock's: not re-entrant, releasable by any worker. */
    LockBacking lock();

    /** An RLock's: re-entrant, released only by its owner (a thread of one process). */
    LockBacking rlock();

    /** A Semaphore's of {@code value} permits; a BoundedSemaphore's, which refuses to pass {@code bound}, when {@code bound >= 0}. */
    SemaphoreBacking semaphore(int value, int bound);

    /** An Event's, clear. */
    EventBacking event();

    /** A Barrier's state, for {@code parties}. */
    BarrierWords barrier(int parties);
}
