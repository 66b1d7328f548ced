package dev.mp4j.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.Process;
import dev.mp4j.testing.ContextContract;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What Lock and RLock share: acquire forms, timeouts, interruption, exclusion across workers. */
@Timeout(60)
abstract class MutexContract extends ContextContract {

    /** A new lock of the context under test. */
    abstract Mutex newLock();

    /** Runs {@code target} in a worker of the context and returns its exit code. */
    final int runWorker(Process.Target target) {
        Process p = new Process(context(), target);
        p.start();
        p.join();
        return p.exitCode();
    }

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
            int code = runWorker(() -> {
                long start = System.nanoTime();
                boolean ok = !lock.acquire(false)
                        && !lock.acquire(Duration.ZERO)
                        && !lock.acquire(Duration.ofMillis(-10))
                        && !lock.acquire(Duration.ofMillis(100))
                        && System.nanoTime() - start >= 90_000_000L;
                Process.exit(ok ? 0 : 42);
            });
            assertEquals(0, code);
        } finally {
            lock.release();
        }
    }

    @Test
    void aBlockedWorkerGetsTheLockWhenItIsReleased() {
        Mutex lock = newLock();
        lock.acquire();
        Process p = new Process(context(), () -> {
            Process.exit(lock.acquire(Duration.ofSeconds(30)) ? 0 : 42);
        });
        p.start();
        assertFalse(p.join(Duration.ofMillis(200)), "the worker waits while the lock is held");
        lock.release();
        p.join();
        assertEquals(0, p.exitCode());
    }

    @Test
    void holdReleasesOnClose() {
        Mutex lock = newLock();
        try (Held held = lock.hold()) {
            assertEquals(0, runWorker(() -> Process.exit(lock.acquire(false) ? 42 : 0)));
        }
        assertEquals(0, runWorker(() -> {
            boolean ok = lock.acquire(false);
            if (ok) {
                lock.release();
            }
            Process.exit(ok ? 0 : 42);
        }));
    }

    @Test
    void releaseOfAFreeLockIsAnError() {
        Mutex lock = newLock();
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, lock::release);
        assertTrue(e.getMessage().contains("un"), e.getMessage());
    }

    @Test
    void blockedAcquireIsInterruptible() throws InterruptedException {
        Mutex lock = newLock();
        lock.acquire();
        try {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            CountDownLatch started = new CountDownLatch(1);
            Thread waiter = Thread.ofPlatform().start(() -> {
                started.countDown();
                try {
                    lock.acquire();
                } catch (Throwable t) {
                    thrown.set(t);
                    if (!Thread.currentThread().isInterrupted()) {
                        thrown.set(new AssertionError("interrupt flag not restored"));
                    }
                }
            });
            started.await();
            waiter.interrupt();
            waiter.join(Duration.ofSeconds(10));
            assertFalse(waiter.isAlive());
            assertTrue(thrown.get() instanceof InterruptedError, String.valueOf(thrown.get()));
        } finally {
            lock.release();
        }
    }

    @Test
    void excludesBetweenWorkers() throws InterruptedException {
        Mutex lock = newLock();
        int[] counter = {0};
        int rounds = 20_000;
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
