package dev.mp4j.sync;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.testing.BackgroundCall;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Beyond Python: a waiter of a spawn Condition whose JVM is SIGKILLed inside {@code await}.
 * A notify forgets it: the wake-ups go to live waiters, as many as asked and no more, and
 * {@code getQueueLength()} counts only live waiters.
 */
@Timeout(120)
class ConditionDeadWaiterTest {

    private static final Context SPAWN = Context.spawn();

    private final Condition cond = new Condition(SPAWN);
    private final AtomicInteger entered = new AtomicInteger();
    private final AtomicInteger woken = new AtomicInteger();

    /** Waits until {@code n} threads, in any process, wait on the condition, having released its lock. */
    private void awaitWaiting(int n) {
        BooleanSupplier parked = () -> cond.getQueueLength() == n && !cond.getLock().isLocked();
        await().atMost(Duration.ofSeconds(60)).until(parked::getAsBoolean);
    }

    /** A waiter in a child JVM, returned once it is counted as waiting. */
    private Process waiterInChild(int waitingWithIt) {
        Condition c = cond;
        Process child = new Process(SPAWN, () -> {
            try (var _ = c.hold()) {
                c.await();
            }
        });
        child.start();
        awaitWaiting(waitingWithIt);
        return child;
    }

    private static void kill(Process child) {
        child.kill();
        assertTrue(child.join(Duration.ofSeconds(60)), "the killed child ended");
        assertEquals(-9, child.exitCode());
    }

    /** A waiter in a child JVM, counted as waiting, then SIGKILLed there. */
    private void killAWaiterInAChild(int waitingWithIt) {
        kill(waiterInChild(waitingWithIt));
    }

    /**
     * A waiter in a thread of this JVM, which counts itself under the lock before it waits
     * (so once the count is seen and the lock taken, it waits), and counts its wake-up.
     */
    private BackgroundCall<Boolean> waiterInThread() {
        return BackgroundCall.start("waiter", () -> {
            boolean signalled;
            try (var _ = cond.hold()) {
                entered.incrementAndGet();
                signalled = cond.await(Duration.ofSeconds(60));
            }
            woken.incrementAndGet();
            return signalled;
        });
    }

    private void signal(int n) {
        try (var _ = cond.hold()) {
            cond.signal(n);
        }
    }

    /** The count of woken waiters reaches {@code n}, and stays there a while: no more wake up than asked. */
    private void assertWoken(int n) {
        await(n + " waiters woken").atMost(Duration.ofSeconds(30)).until(() -> woken.get() >= n);
        await("no more than " + n + " waiters woken").during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                .until(() -> woken.get() == n);
    }

    @Test
    void aSignalAfterAWaiterDiedWakesALiveOneAndTheCountForgetsTheDead() {
        BackgroundCall<Boolean> first = waiterInThread();
        BackgroundCall<Boolean> second = waiterInThread();
        awaitWaiting(2);
        killAWaiterInAChild(3);
        signal(1);
        assertWoken(1);
        assertEquals(1, cond.getQueueLength(), "only the live waiter left is counted");
        signal(1);
        assertWoken(2);
        assertTrue(first.result(), "signalled");
        assertTrue(second.result(), "signalled");
        assertEquals(0, cond.getQueueLength());
    }

    @Test
    void noWakeUpCountedForTheDeadIsLeftForALaterSignal() {
        killAWaiterInAChild(1);
        BackgroundCall<Boolean> alive = waiterInThread();
        awaitWaiting(2);
        signal(Integer.MAX_VALUE);
        assertWoken(1);
        assertTrue(alive.result(), "signalled");
        BackgroundCall<Boolean> a = waiterInThread();
        BackgroundCall<Boolean> b = waiterInThread();
        await().atMost(Duration.ofSeconds(60)).until(() -> entered.get() == 3);
        signal(1); // holding the lock: both wait
        assertWoken(2);
        assertEquals(1, cond.getQueueLength(), "one of the two still waits");
        signal(1);
        assertWoken(3);
        assertTrue(a.result() && b.result(), "both signalled");
    }

    @Test
    void aWakeUpHandedOutWhileTheWaiterLivedIsTakenBackWhenItDies() throws Exception {
        Process stopped = waiterInChild(1);
        Condition c = cond;
        BackgroundCall<Boolean> first;
        try {
            assertEquals(0, new ProcessBuilder("kill", "-STOP", Long.toString(stopped.pid())).inheritIO().start().waitFor());
            // Another JVM signals: it counts the stopped waiter, which cannot take its wake-up.
            Process signaller = new Process(SPAWN, () -> {
                try (var _ = c.hold()) {
                    c.signal(1);
                }
            });
            signaller.start();
            assertTrue(signaller.join(Duration.ofSeconds(60)));
            assertEquals(0, signaller.exitCode());
            first = waiterInThread();
            awaitWaiting(2);
        } finally {
            kill(stopped);
        }
        signal(1); // finds the dead waiter, and its wake-up that no one took
        assertWoken(1);
        assertTrue(first.result(), "signalled");
        BackgroundCall<Boolean> a = waiterInThread();
        BackgroundCall<Boolean> b = waiterInThread();
        await().atMost(Duration.ofSeconds(60)).until(() -> entered.get() == 3);
        signal(1);
        assertWoken(2);
        signal(1);
        assertWoken(3);
        assertTrue(a.result() && b.result(), "both signalled");
        assertEquals(0, cond.getQueueLength());
    }

    @Test
    void aLiveWaiterInAnotherJvmIsNeverForgotten() {
        Condition c = cond;
        Event done = new Event(SPAWN);
        Process child = new Process(SPAWN, () -> {
            try (var _ = c.hold()) {
                if (c.await(Duration.ofSeconds(60))) {
                    done.set();
                }
            }
        });
        child.start();
        awaitWaiting(1);
        BackgroundCall<Boolean> local = waiterInThread();
        awaitWaiting(2);
        // Each signal asks whether the child's JVM is alive; it is, so its waiter stays counted.
        signal(1);
        signal(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> done.isSet() && woken.get() == 1);
        assertTrue(local.result());
        assertTrue(child.join(Duration.ofSeconds(60)));
        assertEquals(0, child.exitCode());
        assertEquals(0, cond.getQueueLength());
    }
}
