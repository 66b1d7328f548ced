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
import org.junit.jupiter.api.Test;

/** The Barrier contract, run against both contexts. */
abstract class BarrierContract extends SyncContract {

    /** Asserts that {@code await} throws BrokenBarrierError. */
    static void expectBroken(Barrier b) {
        assertThrows(BrokenBarrierError.class, b::await, "await on a barrier that breaks");
    }

    @Test
    void lessThanOnePartyIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Barrier(context(), 0));
        assertTrue(e.getMessage().contains("at least 1 party"), e.getMessage());
    }

    @Test
    void aBarrierOfOneNeverBlocks() {
        Barrier b = new Barrier(context(), 1);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, b.await());
            assertEquals(0, b.await(Duration.ZERO));
        }
        assertEquals(1, b.parties());
        assertEquals(0, b.nWaiting());
        assertFalse(b.isBroken());
    }

    @Test
    void indicesAreDistinctAndTheLastRunsTheAction() {
        Semaphore actions = new Semaphore(context(), 0);
        Semaphore indexSum = new Semaphore(context(), 0);
        Barrier b = new Barrier(context(), 4, actions::release);
        List<WorkerCall> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            workers.add(startInWorker(() -> {
                int index = b.await(Duration.ofSeconds(60));
                for (int k = 0; k < 1 << index; k++) {
                    indexSum.release();
                }
            }));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> b.nWaiting() == 3);
        int mine = b.await();
        assertEquals(3, mine, "the last to arrive gets parties-1");
        for (WorkerCall p : workers) {
            p.join();
        }
        assertEquals(1 + 2 + 4, indexSum.getValue(), "the workers got 0, 1 and 2");
        assertEquals(1, actions.getValue());
        assertEquals(0, b.nWaiting());
    }

    @Test
    void aThousandRoundsStayInOrder() {
        Semaphore rounds = new Semaphore(context(), 0);
        Barrier b = new Barrier(context(), 3, rounds::release);
        // A cluster barrier's round is many round trips to the cluster: fewer rounds show the same.
        int n = cluster() ? 30 : 1000;
        Process.Target party = () -> {
            for (int r = 0; r < n; r++) {
                b.await();
                assertEquals(2 * r + 1, rounds.getValue(), "the action of round " + r + " ran once, before anyone left");
                b.await();
            }
        };
        WorkerCall worker = startInWorker(party);
        CompletableFuture<Void> thread = CompletableFuture.runAsync(() -> {
            try {
                party.run();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        for (int r = 0; r < n; r++) {
            b.await();
            assertEquals(2 * r + 1, rounds.getValue(), "the action of round " + r + " ran once, before anyone left");
            b.await();
        }
        thread.join();
        worker.join();
        assertEquals(2 * n, rounds.getValue());
    }

    @Test
    void anActionThatThrowsBreaksTheBarrierForEveryone() {
        Barrier b = new Barrier(context(), 2, () -> {
            throw new IllegalStateException("boom");
        });
        WorkerCall waiter = startInWorker(() -> expectBroken(b));
        await().atMost(Duration.ofSeconds(60)).until(() -> b.nWaiting() == 1);
        BrokenBarrierError e = assertThrows(BrokenBarrierError.class, b::await);
        assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
        waiter.join();
        assertTrue(b.isBroken());
        assertThrows(BrokenBarrierError.class, () -> b.await(Duration.ofSeconds(1)));
    }

    @Test
    void aTimeoutBreaksTheBarrier() {
        Barrier b = new Barrier(context(), 3, null, Duration.ofMillis(200));
        WorkerCall waiter = startInWorker(() -> expectBroken(b));
        BrokenBarrierError e = assertThrows(BrokenBarrierError.class, b::await);
        waiter.join();
        assertTrue(b.isBroken());
        assertEquals(0, b.nWaiting());
        Barrier zero = new Barrier(context(), 2);
        assertThrows(BrokenBarrierError.class, () -> zero.await(Duration.ZERO));
        assertTrue(zero.isBroken());
        Barrier negative = new Barrier(context(), 2);
        assertThrows(BrokenBarrierError.class, () -> negative.await(Duration.ofMillis(-1)));
        Barrier small = new Barrier(context(), 2);
        long start = System.nanoTime();
        assertThrows(BrokenBarrierError.class, () -> small.await(Duration.ofMillis(100)));
        assertTrue(System.nanoTime() - start >= 90_000_000L);
        assertTrue(e.getMessage().contains("timed out") || e.getMessage().contains("broken"), e.getMessage());
    }

    @Test
    void abortBreaksCurrentAndLaterWaiters() {
        Barrier b = new Barrier(context(), 3);
        WorkerCall waiter = startInWorker(() -> expectBroken(b));
        await().atMost(Duration.ofSeconds(60)).until(() -> b.nWaiting() == 1);
        b.abort();
        waiter.join();
        assertTrue(b.isBroken());
        runInWorker(() -> expectBroken(b));
    }

    @Test
    void resetBreaksCurrentWaitersThenTheBarrierWorksAgain() {
        Barrier b = new Barrier(context(), 2);
        WorkerCall waiter = startInWorker(() -> expectBroken(b));
        await().atMost(Duration.ofSeconds(60)).until(() -> b.nWaiting() == 1);
        b.reset();
        waiter.join();
        assertFalse(b.isBroken());
        WorkerCall partner = startInWorker(() -> assertEquals(0, b.await(Duration.ofSeconds(60)), "the first to arrive"));
        await().atMost(Duration.ofSeconds(60)).until(() -> b.nWaiting() == 1);
        assertEquals(1, b.await(Duration.ofSeconds(60)));
        partner.join();
        b.abort();
        assertTrue(b.isBroken());
        b.reset();
        assertFalse(b.isBroken());
    }

    @Test
    void anInterruptedWaitBreaksTheBarrier() {
        Barrier b = new Barrier(context(), 2);
        assertInterruptedWhileBlocked(b::await, () -> b.nWaiting() == 1);
        assertTrue(b.isBroken());
        assertThrows(BrokenBarrierError.class, b::await);
    }

    @Test
    void aTimeoutBeyondTheNanosecondRangeWaitsWithoutLimit() {
        assertEquals(0, new Barrier(context(), 1, null, Duration.ofSeconds(Long.MAX_VALUE)).await());
        assertEquals(0, new Barrier(context(), 1).await(Duration.ofSeconds(Long.MAX_VALUE)));
    }
}
