package dev.mp4j.sync;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Process;
import dev.mp4j.testing.WorkerCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The Condition contract, run against both contexts. */
abstract class ConditionContract extends SyncContract {

    @Test
    void waitingOrSignallingWithoutTheLockIsAnError() {
        Condition c = new Condition(context());
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class,
                () -> c.await(Duration.ofMillis(10)));
        assertTrue(e.getMessage().contains("does not hold"), e.getMessage());
        assertThrows(IllegalMonitorStateException.class, () -> c.signal(1));
        assertThrows(IllegalMonitorStateException.class, c::signalAll);
        Condition overLock = new Condition(new Lock(context()));
        assertThrows(IllegalMonitorStateException.class, () -> overLock.await(Duration.ZERO));
    }

    @Test
    void signalOfANegativeNumberIsAnError() {
        Condition c = new Condition(context());
        try (Held ignored = c.hold()) {
            assertThrows(IllegalArgumentException.class, () -> c.signal(-1));
        }
    }

    @Test
    void timeoutsReturnFalseWithTheLockHeldAgain() {
        for (Mutex lock : List.of(new RLock(context()), new Lock(context()))) {
            Condition c = new Condition(lock);
            try (Held ignored = c.hold()) {
                long start = System.nanoTime();
                assertFalse(c.await(Duration.ZERO));
                assertFalse(c.await(Duration.ofMillis(-5)));
                assertFalse(c.await(Duration.ofMillis(100)));
                assertTrue(System.nanoTime() - start >= 90_000_000L);
                c.signal(1); // still held: no error
            }
        }
    }

    @Test
    void waitReleasesEveryRecursionLevelAndRestoresThem() {
        RLock lock = new RLock(context());
        Condition c = new Condition(lock);
        Event inside = new Event(context());
        lock.acquire();
        lock.acquire();
        lock.acquire();
        WorkerCall p = startInWorker(() -> {
            try (Held ignored = c.hold()) {
                inside.set();
                c.signal(1);
            }
        });
        assertTrue(c.await(Duration.ofSeconds(60)), "notified by a worker that took the lock");
        assertTrue(inside.isSet());
        p.join();
        lock.release();
        lock.release();
        runInWorker(() -> assertFalse(lock.acquire(false), "still held once by the test"));
        lock.release();
        assertFalse(lock.isLocked());
    }

    @Test
    void waitForAPredicateReturnsItsLastValue() {
        Condition c = new Condition(context());
        Semaphore items = new Semaphore(context(), 0);
        try (Held ignored = c.hold()) {
            assertFalse(c.waitFor(() -> items.getValue() > 0, Duration.ofMillis(50)));
            assertFalse(c.waitFor(() -> items.getValue() > 0, Duration.ZERO));
        }
        WorkerCall producer = startInWorker(() -> {
            for (int i = 0; i < 3; i++) {
                try (Held ignored = c.hold()) {
                    items.release();
                    c.signalAll();
                }
            }
        });
        try (Held ignored = c.hold()) {
            assertTrue(c.waitFor(() -> items.getValue() == 3, Duration.ofSeconds(60)));
            assertTrue(c.waitFor(() -> items.getValue() == 3));
        }
        producer.join();
    }

    /** The case: 3 workers and 3 threads wait; signal(2), signal(4), signal(3) wake 2, 4, 0. */
    @Test
    void signalWakesAtMostNOfTheWaitersInWorkersAndThreads() throws InterruptedException {
        Condition c = new Condition(context());
        Semaphore sleeping = new Semaphore(context(), 0);
        Semaphore woken = new Semaphore(context(), 0);
        Process.Target waiter = () -> {
            try (Held ignored = c.hold()) {
                sleeping.release();
                c.await();
                woken.release();
            }
        };
        List<WorkerCall> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            workers.add(startInWorker(waiter));
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    waiter.run();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }));
        }
        for (int i = 0; i < 6; i++) {
            assertTrue(sleeping.acquire(Duration.ofSeconds(60)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> c.getQueueLength() == 6);
        // Each waiter signalled 'sleeping' holding the lock, so once we hold it all six wait.
        try (Held ignored = c.hold()) {
            c.signal(2);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> woken.getValue() == 2);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> woken.getValue() == 2);
        try (Held ignored = c.hold()) {
            c.signal(4);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> woken.getValue() == 6);
        try (Held ignored = c.hold()) {
            c.signal(3);
        }
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> woken.getValue() == 6);
        for (WorkerCall p : workers) {
            p.join();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    @Test
    void aTimedOutWaiterDoesNotAbsorbANotify() throws InterruptedException {
        Condition c = new Condition(context());
        Semaphore sleeping = new Semaphore(context(), 0);
        Semaphore woken = new Semaphore(context(), 0);
        try (Held ignored = c.hold()) {
            assertFalse(c.await(Duration.ofMillis(20)));
        }
        WorkerCall patient = startInWorker(() -> {
            try (Held ignored = c.hold()) {
                sleeping.release();
                assertTrue(c.await(Duration.ofSeconds(60)), "signalled");
            }
            woken.release();
        });
        assertTrue(sleeping.acquire(Duration.ofSeconds(60)));
        try (Held ignored = c.hold()) {
            c.signal(1);
        }
        patient.join();
    }

    @Test
    void signalAllWakesEveryWaiter() {
        Condition c = new Condition(new Lock(context()));
        Semaphore sleeping = new Semaphore(context(), 0);
        List<WorkerCall> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            workers.add(startInWorker(() -> {
                try (Held ignored = c.hold()) {
                    sleeping.release();
                    assertTrue(c.await(Duration.ofSeconds(60)), "signalled");
                }
            }));
        }
        for (int i = 0; i < 3; i++) {
            assertTrue(sleeping.acquire(Duration.ofSeconds(60)));
        }
        try (Held ignored = c.hold()) {
            c.signalAll();
        }
        for (WorkerCall p : workers) {
            p.join();
        }
    }

    /** A wait that is interrupted throws with the lock held again, every level of an RLock restored. */
    private static void waitHoldingTwice(Condition c, AtomicInteger heldAfter) {
        try (Held once = c.hold(); Held twice = c.hold()) {
            try {
                c.await();
            } finally {
                heldAfter.set(c.getLock().isLocked() && c.getLock().acquire(false) ? 1 : 2);
                c.getLock().release();
            }
        }
    }

    @Test
    void aWaitInterruptedBeforeItBlocksThrowsWithTheLockHeldAgain() {
        Condition c = new Condition(context());
        AtomicInteger heldAfter = new AtomicInteger();
        assertInterruptedBeforeBlocking(() -> waitHoldingTwice(c, heldAfter));
        assertEquals(1, heldAfter.get(), "the RLock was held again by the waiter");
        assertFalse(c.getLock().isLocked());
        assertEquals(0, c.getQueueLength());
    }

    @Test
    void aWaitInterruptedWhileBlockedThrowsWithTheLockHeldAgain() {
        Condition c = new Condition(context());
        AtomicInteger heldAfter = new AtomicInteger();
        assertInterruptedWhileBlocked(() -> waitHoldingTwice(c, heldAfter),
                () -> c.getQueueLength() == 1 && !c.getLock().isLocked());
        assertEquals(1, heldAfter.get(), "the RLock was held again by the waiter");
        assertFalse(c.getLock().isLocked());
        await().atMost(Duration.ofSeconds(10)).until(() -> c.getQueueLength() == 0);
    }

    @Test
    void aTimedWaitInterruptedWhileBlockedThrows() {
        Condition c = new Condition(new Lock(context()));
        assertInterruptedWhileBlocked(() -> {
            try (Held ignored = c.hold()) {
                c.await(Duration.ofSeconds(30));
            }
        }, () -> c.getQueueLength() == 1 && !c.getLock().isLocked());
        assertFalse(c.getLock().isLocked());
    }

    @Test
    void aTimeoutBeyondTheNanosecondRangeWaitsWithoutLimit() {
        Condition c = new Condition(context());
        try (Held ignored = c.hold()) {
            assertTrue(c.waitFor(() -> true, Duration.ofSeconds(Long.MAX_VALUE)));
            WorkerCall notifier = startInWorker(() -> {
                try (Held held = c.hold()) {
                    c.signal();
                }
            });
            assertTrue(c.await(Duration.ofSeconds(Long.MAX_VALUE)), "notified by a worker");
            notifier.join();
        }
    }

    @Test
    void aWaiterNotifiedInTimeReturnsTrueEvenIfTheLockComesBackAfterTheTimeout() throws Exception {
        Condition c = new Condition(context());
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Thread waiter = Thread.ofPlatform().start(() -> {
            try (Held ignored = c.hold()) {
                holding.countDown();
                result.complete(c.await(Duration.ofMillis(500)));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        holding.await();
        try (Held ignored = c.hold()) { // granted once the waiter waits
            c.signal();
            // Keep the lock until well past the waiter's deadline: it was notified in time,
            // and only taking the lock back is late. Elapsed time is what is waited for here.
            long until = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() - until < 0) {
                LockSupport.parkNanos(until - System.nanoTime());
            }
        }
        assertTrue(result.get(60, TimeUnit.SECONDS), "notified within the timeout");
        waiter.join();
    }
}
