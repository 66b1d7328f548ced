package dev.mp4j.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Process;
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
        assertEquals(0, runWorker(() -> Process.exit(lock.acquire(false) ? 42 : 0)), "still held once");
        lock.release();
        assertFalse(lock.isLocked());
        assertEquals(0, runWorker(() -> {
            boolean ok = lock.acquire(false);
            lock.release();
            Process.exit(ok ? 0 : 42);
        }));
    }

    @Test
    void anotherWorkerCannotRelease() {
        RLock lock = new RLock(context());
        lock.acquire();
        try {
            assertEquals(0, runWorker(() -> {
                try {
                    lock.release();
                } catch (IllegalMonitorStateException expected) {
                    Process.exit(0);
                }
                Process.exit(42);
            }));
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
