package dev.mp4j.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Process;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Semaphore and BoundedSemaphore contract, run against both contexts. */
abstract class SemaphoreContract extends SyncContract {

    @Test
    void aNegativeValueIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Semaphore(context(), -1));
        assertTrue(e.getMessage().contains("must be >= 0, not -1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BoundedSemaphore(context(), -3));
    }

    @Test
    void acquireFormsTakePermitsAndGetValueCounts() {
        Semaphore s = new Semaphore(context(), 5);
        assertEquals(5, s.getValue());
        s.acquire();
        assertTrue(s.acquire(true));
        assertTrue(s.acquire(false));
        assertTrue(s.acquire(Duration.ZERO));
        assertTrue(s.acquire(Duration.ofSeconds(10)));
        assertEquals(0, s.getValue());
        assertFalse(s.acquire(false));
        s.release();
        assertEquals(1, s.getValue());
        try (Held ignored = s.hold()) {
            assertEquals(0, s.getValue());
        }
        assertEquals(1, s.getValue());
    }

    @Test
    void timeoutsWithNoPermit() {
        Semaphore s = new Semaphore(context(), 0);
        assertEquals(0, run(() -> {
            long start = System.nanoTime();
            exitWith(!s.acquire(false)
                    && !s.acquire(Duration.ZERO)
                    && !s.acquire(Duration.ofMillis(-10))
                    && !s.acquire(Duration.ofMillis(100))
                    && System.nanoTime() - start >= 90_000_000L);
        }));
        assertEquals(0, s.getValue());
    }

    @Test
    void aReleaseInAnotherWorkerWakesABlockedAcquire() {
        Semaphore s = new Semaphore(context(), 0);
        Semaphore done = new Semaphore(context(), 0);
        Process waiter = start(() -> {
            exitWith(s.acquire(Duration.ofSeconds(60)));
        });
        assertFalse(waiter.join(Duration.ofMillis(200)), "the worker waits while there is no permit");
        s.release();
        assertExitsCleanly(waiter);
        assertEquals(0, s.getValue());
        assertEquals(0, run(() -> {
            s.release();
            done.release();
        }));
        assertEquals(1, s.getValue(), "a release in a worker is seen here");
        assertTrue(done.acquire(false));
    }

    @Test
    void releaseIsUnboundedForASemaphore() {
        Semaphore s = new Semaphore(context(), 1);
        s.release();
        s.release();
        assertEquals(3, s.getValue());
    }

    @Test
    void aBoundedSemaphoreRefusesToPassItsInitialValue() {
        BoundedSemaphore s = new BoundedSemaphore(context(), 2);
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, s::release);
        assertTrue(e.getMessage().contains("released too many times"), e.getMessage());
        assertEquals(2, s.getValue());
        s.acquire();
        assertEquals(0, run(() -> {
            s.release();
            try {
                s.release();
            } catch (IllegalMonitorStateException expected) {
                Process.exit(0);
            }
            Process.exit(42);
        }));
        assertEquals(2, s.getValue());
        assertTrue(s instanceof Semaphore);
    }

    @Test
    void blockedAcquireIsInterruptible() throws InterruptedException {
        Semaphore s = new Semaphore(context(), 0);
        assertInterruptible(s::acquire);
        assertInterruptible(() -> s.acquire(Duration.ofSeconds(30)));
        assertEquals(0, s.getValue());
    }

    @Test
    void permitsNeverExceedTheValueAcrossWorkers() {
        Semaphore slots = new Semaphore(context(), 2);
        Semaphore inside = new Semaphore(context(), 0);
        Semaphore overrun = new Semaphore(context(), 0);
        Process[] workers = new Process[4];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = start(() -> {
                for (int i = 0; i < 200; i++) {
                    try (Held ignored = slots.hold()) {
                        inside.release();
                        if (inside.getValue() > 2) {
                            overrun.release();
                        }
                        inside.acquire();
                    }
                }
            });
        }
        for (Process p : workers) {
            assertExitsCleanly(p);
        }
        assertEquals(0, overrun.getValue(), "more than 2 workers were inside at once");
        assertEquals(2, slots.getValue());
    }

    @Test
    void aTimeoutBeyondTheNanosecondRangeWaitsWithoutLimit() {
        Semaphore s = new Semaphore(context(), 1);
        assertTrue(s.acquire(Duration.ofSeconds(Long.MAX_VALUE)));
        s.release();
        assertTrue(new BoundedSemaphore(context(), 1).acquire(Duration.ofSeconds(Long.MAX_VALUE)));
    }

    @Test
    void anInterruptedThreadTakesAFreePermitWithoutBlockingAndKeepsItsFlag() {
        Semaphore s = new Semaphore(context(), 2);
        Thread.currentThread().interrupt();
        try {
            s.acquire();
            assertTrue(s.acquire(Duration.ofSeconds(10)), "acquire(timeout) with a free permit does not block");
            assertEquals(0, s.getValue());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag stays set");
        } finally {
            Thread.interrupted();
        }
    }
}
