package dev.mp4j.sync;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.testing.BackgroundCall;
import dev.mp4j.testing.WorkerCall;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beyond Python: a party of a spawn Barrier whose JVM is SIGKILLed. Before the barrier trips,
 * the death breaks the cycle for every live party (the tripping arrival included); after it
 * tripped, the dead party is forgotten.
 */
@Timeout(120)
class BarrierDeadPartyTest {

    private static final Context SPAWN = Context.spawn();

    @TempDir
    Path workerReports;

    /** Starts a child JVM that waits at {@code barrier}, and returns once it is counted there. */
    private static Process parkInChild(Barrier barrier, int waitingAfter) {
        Process child = new Process(SPAWN, barrier::await);
        child.start();
        awaitQuickly(() -> barrier.nWaiting() == waitingAfter);
        return child;
    }

    /**
     * Kills a party asleep at the barrier, not holding its lock: it is stopped first (see
     * {@link #stopAsleep}). A party killed holding the lock, which it retakes after its spin
     * and at every wake-up, would break the barrier as a dead lock holder ("the Barrier is
     * broken"), not by the check these tests are about.
     */
    private static void killAsleep(Barrier barrier, Process child) throws IOException, InterruptedException {
        stopAsleep(barrier, child);
        child.kill();
        assertTrue(child.join(Duration.ofSeconds(60)), "the killed child ended");
        assertEquals(-9, child.exitCode());
    }

    /**
     * Polls every millisecond: the next arrival then comes well inside a waiter's first
     * 100 ms slice, before that waiter asks about dead parties itself, so it is the tripping
     * arrival's check that is tested.
     */
    private static void awaitQuickly(BooleanSupplier condition) {
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(60))
                .until(condition::getAsBoolean);
    }

    private static BackgroundCall<Integer> awaitInThread(Barrier barrier) {
        return BackgroundCall.start("await", () -> barrier.await(Duration.ofSeconds(60)));
    }

    /**
     * Stops the parties while they sleep: a waiter takes the barrier's lock at every wake-up
     * (every 100 ms, to look for dead parties), and one stopped holding it would keep this
     * JVM's arrival from the lock, not only from leaving. Stopped holding it, they are let run
     * and stopped again.
     */
    private static void stopAsleep(Barrier barrier, Process... parties) throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            for (Process p : parties) {
                signal("STOP", p);
            }
            if (!barrier.isLockHeld()) {
                return;
            }
            assertTrue(attempt < 100, "a stopped party held the barrier's lock 100 times");
            for (Process p : parties) {
                signal("CONT", p);
            }
            awaitQuickly(() -> !barrier.isLockHeld());
        }
    }

    private static void signal(String name, Process p) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).inheritIO().start().waitFor(),
                "kill -" + name);
    }

    /** reset() leaves the barrier usable: a child JVM and two threads of this one trip it. */
    private void assertUsableAfterReset(Barrier barrier) {
        barrier.reset();
        assertFalse(barrier.isBroken());
        assertEquals(0, barrier.nWaiting(), "the dead party no longer counts");
        WorkerCall child = WorkerCall.start(SPAWN, workerReports, () -> barrier.await(Duration.ofSeconds(60)));
        BackgroundCall<Integer> thread = awaitInThread(barrier);
        awaitQuickly(() -> barrier.nWaiting() == 2);
        assertEquals(2, barrier.await(Duration.ofSeconds(60)), "the last of three to arrive");
        assertTrue(thread.result() < 2);
        child.join();
    }

    @Test
    void theArrivalThatWouldTripFindsTheDeadPartyAndBreaksTheBarrier() throws Exception {
        Barrier barrier = new Barrier(SPAWN, 2);
        killAsleep(barrier, parkInChild(barrier, 1));
        BrokenBarrierError e = assertThrows(BrokenBarrierError.class, () -> barrier.await(Duration.ofSeconds(30)),
                "the dead party does not count as arrived");
        assertTrue(e.getMessage().contains("a party died"), e.getMessage());
        assertTrue(barrier.isBroken());
        barrier.reset();
        assertFalse(barrier.isBroken());
        WorkerCall child = WorkerCall.start(SPAWN, workerReports, () -> barrier.await(Duration.ofSeconds(60)));
        awaitQuickly(() -> barrier.nWaiting() == 1);
        assertEquals(1, barrier.await(Duration.ofSeconds(60)));
        child.join();
    }

    @Test
    void everyLivePartyOfTheCycleGetsBrokenBarrierError() throws Exception {
        Barrier barrier = new Barrier(SPAWN, 3);
        killAsleep(barrier, parkInChild(barrier, 1));
        BackgroundCall<Integer> first = awaitInThread(barrier);
        awaitQuickly(() -> barrier.nWaiting() == 2);
        assertThrows(BrokenBarrierError.class, () -> barrier.await(Duration.ofSeconds(30)), "the arrival that would trip");
        assertThrows(BrokenBarrierError.class, first::result, "the live party that waited");
        assertTrue(barrier.isBroken());
        assertUsableAfterReset(barrier);
    }

    @Test
    void aPartyThatDiesOnceTheBarrierTrippedIsForgotten() throws Exception {
        Barrier barrier = new Barrier(SPAWN, 3);
        Process victim = parkInChild(barrier, 1);
        WorkerCall survivor = WorkerCall.start(SPAWN, workerReports,
                () -> assertTrue(barrier.await(Duration.ofSeconds(60)) < 2, "released normally"));
        awaitQuickly(() -> barrier.nWaiting() == 2);
        // Stopped, both are alive when the barrier trips, and neither can leave it yet.
        stopAsleep(barrier, victim, survivor.process());
        try {
            assertEquals(2, barrier.await(Duration.ofSeconds(30)), "the barrier trips: both parties are alive");
        } finally {
            victim.kill(); // while the survivor is still stopped, before it leaves the barrier
            victim.join(Duration.ofSeconds(60));
            signal("CONT", survivor.process());
        }
        assertEquals(-9, victim.exitCode());
        survivor.join();
        assertFalse(barrier.isBroken(), "the cycle had tripped");
        // The next cycle starts without the dead party, which had been released.
        BackgroundCall<Integer> a = awaitInThread(barrier);
        BackgroundCall<Integer> b = awaitInThread(barrier);
        awaitQuickly(() -> barrier.nWaiting() == 2);
        assertEquals(2, barrier.await(Duration.ofSeconds(60)));
        assertEquals(1, a.result() + b.result(), "the threads got 0 and 1");
    }
}
