package dev.mp4j.sync;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.testing.WorkerCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Event contract, run against both contexts. */
abstract class EventContract extends SyncContract {

    @Test
    void setClearAndIsSet() {
        Event e = new Event(context());
        assertFalse(e.isSet());
        e.set();
        assertTrue(e.isSet());
        e.set();
        assertTrue(e.isSet());
        e.clear();
        assertFalse(e.isSet());
        e.clear();
        assertFalse(e.isSet());
    }

    @Test
    void waitOnASetEventReturnsTrueAtOnceWhateverTheTimeout() {
        Event e = new Event(context());
        e.set();
        assertTrue(e.await());
        assertTrue(e.await(Duration.ZERO));
        assertTrue(e.await(Duration.ofMillis(-5)));
        assertTrue(e.await(Duration.ofDays(1)));
    }

    @Test
    void timeoutsOnAClearEventReturnFalse() {
        Event e = new Event(context());
        runInWorker(() -> {
            assertFalse(e.await(Duration.ZERO), "await(ZERO)");
            assertFalse(e.await(Duration.ofMillis(-10)), "await(-10 ms)");
            long start = System.nanoTime();
            assertFalse(e.await(Duration.ofMillis(100)), "await(100 ms)");
            long waited = System.nanoTime() - start;
            assertTrue(waited >= 90_000_000L, "await(100 ms) gave up after " + waited + " ns");
        });
    }

    @Test
    void aSetInOneWorkerWakesEveryWaiter() {
        Event e = new Event(context());
        List<WorkerCall> waiters = List.of(
                startInWorker(() -> assertTrue(e.await(), "await()")),
                startInWorker(() -> assertTrue(e.await(Duration.ofSeconds(60)), "await(60 s)")),
                startInWorker(() -> assertTrue(e.await(Duration.ofSeconds(60)), "await(60 s)")));
        await().atMost(Duration.ofSeconds(60)).until(() -> e.getQueueLength() == 3);
        assertFalse(e.isSet());
        runInWorker(e::set);
        for (WorkerCall waiter : waiters) {
            waiter.join();
        }
        assertTrue(e.isSet());
        assertEquals(0, e.getQueueLength());
    }

    @Test
    void aSetSeenByIsSetCarriesTheWritesBeforeIt() {
        Event ready = new Event(context());
        Semaphore data = new Semaphore(context(), 0);
        WorkerCall setter = startInWorker(() -> {
            data.release();
            ready.set();
        });
        await().atMost(Duration.ofSeconds(60)).until(ready::isSet);
        assertEquals(1, data.getValue());
        setter.join();
    }

    @Test
    void aWaitInterruptedBeforeItBlocksThrows() {
        Event e = new Event(context());
        assertInterruptedBeforeBlocking(e::await);
        assertInterruptedBeforeBlocking(() -> e.await(Duration.ofSeconds(30)));
        assertEquals(0, e.getQueueLength());
    }

    @Test
    void aWaitInterruptedWhileBlockedThrows() {
        Event e = new Event(context());
        assertInterruptedWhileBlocked(e::await, () -> e.getQueueLength() == 1);
        assertInterruptedWhileBlocked(() -> e.await(Duration.ofSeconds(30)), () -> e.getQueueLength() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> e.getQueueLength() == 0);
        assertFalse(e.isSet());
    }

    @Test
    void aTimeoutBeyondTheNanosecondRangeWaitsWithoutLimit() {
        Event e = new Event(context());
        e.set();
        assertTrue(e.await(Duration.ofSeconds(Long.MAX_VALUE)));
        e.clear();
        WorkerCall setter = startInWorker(e::set);
        assertTrue(e.await(Duration.ofSeconds(Long.MAX_VALUE)));
        setter.join();
    }

    @Test
    void anInterruptedThreadWaitingForASetEventReturnsTrueAndKeepsItsFlag() {
        Event e = new Event(context());
        e.set();
        Thread.currentThread().interrupt();
        try {
            assertTrue(e.await());
            assertTrue(e.await(Duration.ofSeconds(10)));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag stays set");
        } finally {
            Thread.interrupted();
        }
    }
}
