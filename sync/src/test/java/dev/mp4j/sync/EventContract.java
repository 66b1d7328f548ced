package dev.mp4j.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Process;
import java.time.Duration;
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
        assertEquals(0, run(() -> {
            long start = System.nanoTime();
            exitWith(!e.await(Duration.ZERO)
                    && !e.await(Duration.ofMillis(-10))
                    && !e.await(Duration.ofMillis(100))
                    && System.nanoTime() - start >= 90_000_000L);
        }));
    }

    @Test
    void aSetInOneWorkerWakesEveryWaiter() {
        Event e = new Event(context());
        Process[] waiters = new Process[3];
        for (int i = 0; i < waiters.length; i++) {
            waiters[i] = i == 0 ? start(() -> exitWith(e.await())) : start(() -> exitWith(e.await(Duration.ofSeconds(60))));
        }
        assertFalse(waiters[0].join(Duration.ofMillis(200)), "waiters block while the event is clear");
        assertEquals(0, run(e::set));
        for (Process p : waiters) {
            assertExitsCleanly(p);
        }
        assertTrue(e.isSet());
    }

    @Test
    void aSetSeenByIsSetCarriesTheWritesBeforeIt() {
        Event ready = new Event(context());
        Semaphore data = new Semaphore(context(), 0);
        Process p = start(() -> {
            data.release();
            ready.set();
        });
        ready.await();
        assertEquals(1, data.getValue());
        assertExitsCleanly(p);
    }

    @Test
    void blockedWaitIsInterruptible() throws InterruptedException {
        Event e = new Event(context());
        assertInterruptible(e::await);
        assertInterruptible(() -> e.await(Duration.ofSeconds(30)));
    }

    @Test
    void aTimeoutBeyondTheNanosecondRangeWaitsWithoutLimit() {
        Event e = new Event(context());
        e.set();
        assertTrue(e.await(Duration.ofSeconds(Long.MAX_VALUE)));
        e.clear();
        Process setter = new Process(context(), e::set);
        setter.start();
        assertTrue(e.await(Duration.ofSeconds(Long.MAX_VALUE)));
        assertTrue(setter.join(Duration.ofSeconds(60)));
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
