package dev.mp4j.sync;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.testing.WorkerCall;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What Lock and RLock share: acquire forms, timeouts, interruption, exclusion across workers. */
abstract class MutexContract extends SyncContract {

    /** A new lock of the context under test. */
    abstract Mutex newLock();

    @Test
    void acquireFormsOnAFreeLock() {
        Mutex lock = newLock();
        lock.acquire();
        lock.release();
        assertTrue(lock.acquire(true));
        lock.release();
        assertTrue(lock.acquire(false));
        lock.release();
        assertTrue(lock.acquire(Duration.ZERO));
        lock.release();
        assertTrue(lock.acquire(Duration.ofMillis(-1)));
        lock.release();
        assertTrue(lock.acquire(Duration.ofSeconds(10)));
        lock.release();
    }

    @Test
    void timeoutsOnALockHeldByAnotherWorker() {
        Mutex lock = newLock();
        lock.acquire();
        try {
            runInWorker(() -> {
                assertFalse(lock.acquire(false), "acquire(false)");
                assertFalse(lock.acquire(Duration.ZERO), "acquire(ZERO)");
                assertFalse(lock.acquire(Duration.ofMillis(-10)), "acquire(-10 ms)");
                long start = System.nanoTime();
                assertFalse(lock.acquire(Duration.ofMillis(100)), "acquire(100 ms)");
                long waited = System.nanoTime() - start;
                assertTrue(waited >= 90_000_000L, "acquire(100 ms) gave up after " + waited + " ns");
            });
        } finally {
            lock.release();
        }
    }

    @Test
    void aBlockedWorkerGetsTheLockWhenItIsReleased() {
        Mutex lock = newLock();
        lock.acquire();
        WorkerCall waiter = startInWorker(() -> {
            assertTrue(lock.acquire(Duration.ofSeconds(60)), "acquired once released");
            lock.release();
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> lock.getQueueLength() == 1);
        assertTrue(lock.isLocked());
        lock.release();
        waiter.join();
        assertFalse(lock.isLocked(), "released by the worker");
        assertEquals(0, lock.getQueueLength());
    }

    @Test
    void holdReleasesOnClose() {
        Mutex lock = newLock();
        try (Held held = lock.hold()) {
            runInWorker(() -> assertFalse(lock.acquire(false), "held by the test"));
        }
        runInWorker(() -> {
            assertTrue(lock.acquire(false), "released by close()");
            lock.release();
        });
    }

    @Test
    void aNewLockIsConsistentAndMarkConsistentNeedsItHeldByTheCaller() {
        Mutex lock = newLock();
        assertTrue(lock.isConsistent());
        assertTrue(lock.deadHolderPid().isEmpty());
        IllegalMonitorStateException free = assertThrows(IllegalMonitorStateException.class, lock::markConsistent);
        assertTrue(free.getMessage().contains("markConsistent() needs the lock held"), free.getMessage());
        try (Held held = lock.hold()) {
            runInWorker(() -> assertThrows(IllegalMonitorStateException.class, lock::markConsistent,
                    "the lock is held by the test, not by the worker"));
            lock.markConsistent();
            assertTrue(lock.isConsistent(), "marking a consistent lock changes nothing");
        }
    }

    @Test
    void releaseOfAFreeLockIsAnError() {
        Mutex lock = newLock();
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, lock::release);
        assertTrue(e.getMessage().contains("un"), e.getMessage());
    }

    @Test
    void anAcquireInterruptedBeforeItBlocksThrows() {
        Mutex lock = newLock();
        lock.acquire();
        try {
            assertInterruptedBeforeBlocking(lock::acquire);
            assertInterruptedBeforeBlocking(() -> lock.acquire(true));
            assertInterruptedBeforeBlocking(() -> lock.acquire(Duration.ofSeconds(30)));
            assertEquals(0, lock.getQueueLength());
        } finally {
            lock.release();
        }
    }

    @Test
    void anAcquireInterruptedWhileBlockedThrows() {
        Mutex lock = newLock();
        lock.acquire();
        try {
            assertInterruptedWhileBlocked(lock::acquire, () -> lock.getQueueLength() == 1);
            assertInterruptedWhileBlocked(() -> lock.acquire(Duration.ofSeconds(30)), () -> lock.getQueueLength() == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> lock.getQueueLength() == 0);
            assertTrue(lock.isLocked(), "still held by the test");
        } finally {
            lock.release();
        }
    }

    @Test
    void excludesBetweenWorkers() throws InterruptedException {
        Mutex lock = newLock();
        int[] counter = {0};
        // A cluster lock's acquire and release are round trips to the cluster: fewer rounds show the same.
        int rounds = cluster() ? 200 : 20_000;
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < rounds; i++) {
                    try (var ignored = lock.hold()) {
                        counter[0]++;
                    }
                }
            });
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(threads.length * rounds, counter[0]);
    }

    @Test
    void aTimeoutBeyondTheNanosecondRangeWaitsWithoutLimit() {
        Mutex lock = newLock();
        assertTrue(lock.acquire(Duration.ofSeconds(Long.MAX_VALUE)));
        lock.release();
    }

    @Test
    void anInterruptedThreadTakesAFreeLockWithoutBlockingAndKeepsItsFlag() {
        Mutex lock = newLock();
        Thread.currentThread().interrupt();
        try {
            lock.acquire(); // a free lock: no blocking, so no InterruptedError
            lock.release();
            assertTrue(lock.acquire(Duration.ofSeconds(10)), "acquire(timeout) of a free lock does not block");
            lock.release();
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag stays set");
        } finally {
            Thread.interrupted();
        }
    }
}
