package dev.mp4j.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Lock contract, run against both contexts. */
abstract class LockContract extends MutexContract {

    @Override
    Mutex newLock() {
        return new Lock(context());
    }

    @Test
    void anyWorkerMayRelease() {
        Lock lock = new Lock(context());
        lock.acquire();
        assertTrue(lock.isLocked());
        runInWorker(lock::release);
        assertFalse(lock.isLocked());
        assertTrue(lock.acquire(false));
        lock.release();
    }

    @Test
    void isNotReentrant() {
        Lock lock = new Lock(context());
        lock.acquire();
        try {
            assertFalse(lock.acquire(false));
            assertFalse(lock.acquire(Duration.ofMillis(20)));
        } finally {
            lock.release();
        }
    }

    @Test
    void aWorkerThatAcquiresLeavesItHeld() {
        Lock lock = new Lock(context());
        runInWorker(() -> assertTrue(lock.acquire(false), "a free lock"));
        assertTrue(lock.isLocked());
        lock.release();
    }
}
