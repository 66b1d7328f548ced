package dev.mp4j.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The RLock contract, run against both contexts. */
abstract class RLockContract extends MutexContract {

    @Override
    Mutex newLock() {
        return new RLock(context());
    }

    @Test
    void ownerReentersAndTheLastReleaseFrees() {
        RLock lock = new RLock(context());
        lock.acquire();
        assertTrue(lock.acquire(false));
        lock.acquire();
        lock.release();
        lock.release();
        runInWorker(() -> assertFalse(lock.acquire(false), "still held once by the test"));
        lock.release();
        assertFalse(lock.isLocked());
        runInWorker(() -> {
            assertTrue(lock.acquire(false), "free after the last release");
            lock.release();
        });
    }

    @Test
    void anotherWorkerCannotRelease() {
        RLock lock = new RLock(context());
        lock.acquire();
        try {
            runInWorker(() -> assertThrows(IllegalMonitorStateException.class, lock::release, "release by a non-owner"));
            assertTrue(lock.isLocked());
        } finally {
            lock.release();
        }
    }

    @Test
    void anotherThreadOfTheSameProcessIsAnotherOwner() {
        RLock lock = new RLock(context());
        lock.acquire();
        try {
            assertFalse(CompletableFuture.supplyAsync(() -> lock.acquire(false)).join());
            CompletionException e = assertThrows(CompletionException.class,
                    () -> CompletableFuture.runAsync(lock::release).join());
            assertTrue(e.getCause() instanceof IllegalMonitorStateException, e.toString());
            assertTrue(e.getCause().getMessage().contains("another"), e.getCause().getMessage());
        } finally {
            lock.release();
        }
    }
}
