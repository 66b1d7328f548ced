package dev.mp4j.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.testing.Sigkill;
import dev.mp4j.testing.WorkerCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Beyond Python: a child JVM SIGKILLed while holding a lock or waiting at a barrier hangs no one. */
@Timeout(120)
class DeadHolderTest {

    @TempDir
    Path workerReports;

    private static final Context SPAWN = Context.spawn();

    /** Starts a child that runs {@code grab}, sets {@code ready}, then blocks forever; SIGKILLs it and returns its pid. */
    private static long killWhileHolding(Process.Target grab, Event ready) {
        Event never = new Event(SPAWN);
        Process child = new Process(SPAWN, () -> {
            grab.run();
            ready.set();
            never.await();
        });
        return Sigkill.when(child, "the child took hold", ready::isSet);
    }

    @Test
    void aLockWhoseHolderDiedIsTakenOverByABlockedAcquire() {
        Lock lock = new Lock(SPAWN);
        killWhileHolding(lock::acquire, new Event(SPAWN));
        assertTrue(lock.isLocked());
        assertTrue(lock.acquire(Duration.ofSeconds(30)), "the next acquire succeeds");
        assertTrue(lock.ownerDied(), "and says the previous owner died");
        lock.release();
        assertFalse(lock.ownerDied());
        assertFalse(lock.isLocked());
        assertTrue(lock.acquire(false));
        assertFalse(lock.ownerDied());
        lock.release();
    }

    @Test
    void aTakeOverLeavesTheLockInconsistentAcrossReleasesAndProcessesUntilMarkedConsistent() {
        for (Mutex lock : new Mutex[] {new Lock(SPAWN), new RLock(SPAWN)}) {
            // A lambda, not lock::acquire: javac would deserialize that method reference as
            // the Lock one of the other tests, and cast the RLock to Lock.
            long dead = killWhileHolding(() -> lock.acquire(), new Event(SPAWN));
            assertTrue(lock.isConsistent(), "a lock held by a dead process is consistent until taken over");
            lock.acquire();
            assertTrue(lock.ownerDied());
            assertFalse(lock.isConsistent(), "the take-over marks it inconsistent");
            assertEquals(OptionalLong.of(dead), lock.deadHolderPid());
            lock.release();
            assertFalse(lock.ownerDied(), "the hold's flag clears at its release");
            assertFalse(lock.isConsistent(), "the inconsistent mark does not");
            WorkerCall.start(SPAWN, workerReports, () -> {
                assertEquals(OptionalLong.of(dead), lock.deadHolderPid(), "another JVM sees the mark");
                try (Held ignored = lock.hold()) {
                    assertFalse(lock.ownerDied(), "a normal hold");
                    assertFalse(lock.isConsistent());
                    lock.markConsistent();
                }
            }).join();
            assertTrue(lock.isConsistent(), "marked consistent in the other JVM");
            assertEquals(OptionalLong.empty(), lock.deadHolderPid());
        }
    }

    @Test
    void aNonBlockingAcquireTakesOverAtOnce() {
        Lock lock = new Lock(SPAWN);
        killWhileHolding(lock::acquire, new Event(SPAWN));
        assertTrue(lock.acquire(false));
        assertTrue(lock.ownerDied());
        lock.release();
    }

    @Test
    void anRLockHeldRecursivelyByADeadProcessIsTakenOverAtDepthOne() {
        RLock lock = new RLock(SPAWN);
        killWhileHolding(() -> {
            lock.acquire();
            lock.acquire();
        }, new Event(SPAWN));
        try (Held ignored = lock.hold()) {
            assertTrue(lock.ownerDied());
            assertTrue(lock.acquire(false), "the new owner re-enters");
            lock.release();
        }
        assertFalse(lock.isLocked(), "one release per acquire of the new owner frees it");
    }

    @Test
    void aWaiterInAnotherJvmRecoversTooAndOnlyOneWins() {
        Lock lock = new Lock(SPAWN);
        killWhileHolding(lock::acquire, new Event(SPAWN));
        Semaphore winners = new Semaphore(SPAWN, 0);
        Process.Target contender = () -> {
            lock.acquire();
            if (lock.ownerDied()) {
                winners.release();
            }
            lock.release();
        };
        Process a = new Process(SPAWN, contender);
        Process b = new Process(SPAWN, contender);
        a.start();
        b.start();
        a.join();
        b.join();
        assertEquals(0, a.exitCode());
        assertEquals(0, b.exitCode());
        assertEquals(1, winners.getValue(), "exactly one acquire reports the dead owner");
        assertFalse(lock.isLocked());
    }

    @Test
    void aBarrierWhosePartyDiedBreaks() {
        Barrier barrier = new Barrier(SPAWN, 3);
        Event arrived = new Event(SPAWN);
        Process child = new Process(SPAWN, () -> {
            arrived.set();
            barrier.await();
        });
        child.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> barrier.nWaiting() == 1);
        child.kill();
        child.join();
        assertEquals(-9, child.exitCode());
        BrokenBarrierError e = assertThrows(BrokenBarrierError.class, () -> barrier.await(Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("broken"), e.getMessage());
        assertTrue(barrier.isBroken());
        barrier.reset();
        assertFalse(barrier.isBroken());
        assertEquals(0, barrier.nWaiting(), "the dead party no longer counts");
    }

    @Test
    void aWaiterAtTheBarrierBreaksWhenAnotherPartyDies() {
        Barrier barrier = new Barrier(SPAWN, 3);
        Process victim = new Process(SPAWN, barrier::await);
        victim.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> barrier.nWaiting() == 1);
        WorkerCall survivor = WorkerCall.start(SPAWN, workerReports,
                () -> assertThrows(BrokenBarrierError.class, barrier::await, "the survivor gets BrokenBarrierError instead of hanging"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> barrier.nWaiting() == 2);
        victim.kill();
        survivor.join();
        victim.join();
    }

    @Test
    void aLiveHolderInAnotherJvmIsNeverTakenOver() {
        for (Mutex lock : new Mutex[] {new Lock(SPAWN), new RLock(SPAWN)}) {
            Event held = new Event(SPAWN);
            Event letGo = new Event(SPAWN);
            Process holder = new Process(SPAWN, () -> {
                lock.acquire();
                held.set();
                letGo.await();
                lock.release();
            });
            holder.start();
            assertTrue(held.await(Duration.ofSeconds(60)), "the child took the lock");
            assertFalse(lock.acquire(false), "a non-blocking acquire checks the holder at once");
            // Several liveness checks (one per 100 ms of waiting) all find the holder alive.
            assertFalse(lock.acquire(Duration.ofMillis(700)), "the live holder keeps the lock");
            letGo.set();
            assertTrue(lock.acquire(Duration.ofSeconds(60)), "released by its live holder");
            assertFalse(lock.ownerDied(), "a normal release is no death");
            lock.release();
            assertTrue(holder.join(Duration.ofSeconds(60)));
            assertEquals(0, holder.exitCode());
        }
    }
}
