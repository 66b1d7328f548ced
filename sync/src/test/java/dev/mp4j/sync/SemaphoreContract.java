package dev.mp4j.sync;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.testing.WorkerCall;
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
        runInWorker(() -> {
            assertFalse(s.acquire(false), "acquire(false)");
            assertFalse(s.acquire(Duration.ZERO), "acquire(ZERO)");
            assertFalse(s.acquire(Duration.ofMillis(-10)), "acquire(-10 ms)");
            long start = System.nanoTime();
            assertFalse(s.acquire(Duration.ofMillis(100)), "acquire(100 ms)");
            long waited = System.nanoTime() - start;
            assertTrue(waited >= 90_000_000L, "acquire(100 ms) gave up after " + waited + " ns");
        });
        assertEquals(0, s.getValue());
    }

    @Test
    void aReleaseInAnotherWorkerWakesABlockedAcquire() {
        Semaphore s = new Semaphore(context(), 0);
        Semaphore done = new Semaphore(context(), 0);
        WorkerCall waiter = startInWorker(() -> assertTrue(s.acquire(Duration.ofSeconds(60)), "a permit once released"));
        await().atMost(Duration.ofSeconds(60)).until(() -> s.getQueueLength() == 1);
        s.release();
        waiter.join();
        assertEquals(0, s.getValue());
        assertEquals(0, s.getQueueLength());
        runInWorker(() -> {
            s.release();
            done.release();
        });
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
        runInWorker(() -> {
            s.release();
            IllegalMonitorStateException e2 = assertThrows(IllegalMonitorStateException.class, s::release, "a second release");
            assertTrue(e2.getMessage().contains("released too many times"), e2.getMessage());
        });
        assertEquals(2, s.getValue());
        assertTrue(s instanceof Semaphore);
    }

    /** Releases that race at the bound, from workers at once: one passes, the others are refused, every round. */
    @Test
    void racingReleasesAtTheBoundPassItOnlyOnce() {
        BoundedSemaphore s = new BoundedSemaphore(context(), 1);
        s.acquire();
        int workers = 3;
        int rounds = cluster() ? 5 : spawn() ? 100 : 1_000;   // a cluster's barrier round is network round trips
        Barrier barrier = new Barrier(context(), workers);
        runInWorkers(workers, () -> {
            for (int round = 0; round < rounds; round++) {
                barrier.await();
                try {
                    s.release();
                } catch (IllegalMonitorStateException refused) {
                    // the bound was reached by another worker's release
                }
                if (barrier.await() == 0) {
                    assertEquals(1, s.getValue(), "round " + round + ": one release passed, the others were refused");
                    assertTrue(s.acquire(Duration.ZERO), "the permit back to zero for the next round");
                }
                barrier.await();
            }
        });
        assertEquals(0, s.getValue());
    }

    @Test
    void anAcquireInterruptedBeforeItBlocksThrows() {
        Semaphore s = new Semaphore(context(), 0);
        assertInterruptedBeforeBlocking(s::acquire);
        assertInterruptedBeforeBlocking(() -> s.acquire(true));
        assertInterruptedBeforeBlocking(() -> s.acquire(Duration.ofSeconds(30)));
        assertEquals(0, s.getValue());
        assertEquals(0, s.getQueueLength());
    }

    @Test
    void anAcquireInterruptedWhileBlockedThrows() {
        Semaphore s = new Semaphore(context(), 0);
        assertInterruptedWhileBlocked(s::acquire, () -> s.getQueueLength() == 1);
        assertInterruptedWhileBlocked(() -> s.acquire(Duration.ofSeconds(30)), () -> s.getQueueLength() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> s.getQueueLength() == 0);
        assertEquals(0, s.getValue());
    }

    @Test
    void permitsNeverExceedTheValueAcrossWorkers() {
        Semaphore slots = new Semaphore(context(), 2);
        Semaphore inside = new Semaphore(context(), 0);
        Semaphore overrun = new Semaphore(context(), 0);
        runInWorkers(4, () -> {
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
