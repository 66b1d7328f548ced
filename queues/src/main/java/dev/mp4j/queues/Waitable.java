package dev.mp4j.queues;

import dev.mp4j.core.internal.shm.CrossProcessSynchronizer;
import java.util.function.BooleanSupplier;

/**
 * What {@link Connection#await(java.util.Collection, java.time.Duration)} watches of one
 * object: whether it is ready now, and the wait of mapped memory that its change wakes, if
 * it has one ({@code sleepOn}, whose {@code tryAcquire(arg)} is then {@code ready}); one
 * without is looked at between sleeps.
 */
record Waitable(BooleanSupplier ready, CrossProcessSynchronizer sleepOn, long arg) {

    /** An object with no futex word: a socket, a heap object, a process. */
    static Waitable polled(BooleanSupplier ready) {
        return new Waitable(ready, null, 0);
    }
}
