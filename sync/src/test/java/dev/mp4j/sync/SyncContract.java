package dev.mp4j.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.Process;
import dev.mp4j.testing.ContextContract;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Timeout;

/** Helpers of the Semaphore, Event, Condition and Barrier contracts: workers of the context under test. */
@Timeout(120)
abstract class SyncContract extends ContextContract {

    /** Starts {@code target} in a worker of the context. */
    final Process start(Process.Target target) {
        Process p = new Process(context(), target);
        p.start();
        return p;
    }

    /** Runs {@code target} in a worker of the context and returns its exit code. */
    final int run(Process.Target target) {
        Process p = start(target);
        p.join();
        return p.exitCode();
    }

    /** Joins {@code p} and asserts that it exited with 0. */
    static void assertExitsCleanly(Process p) {
        assertTrue(p.join(Duration.ofSeconds(60)), "worker still running");
        assertEquals(0, p.exitCode(), "worker exit code");
    }

    /** Exits the worker with 0 if {@code ok}, else 42. */
    static void exitWith(boolean ok) {
        Process.exit(ok ? 0 : 42);
    }

    /**
     * Runs {@code blocking} in a thread of this JVM, interrupts it once it has started, and
     * asserts that it throws InterruptedError with the interrupt flag restored.
     */
    static void assertInterruptible(Runnable blocking) throws InterruptedException {
        assertInterruptible(blocking, () -> true);
    }

    /** As {@link #assertInterruptible(Runnable)}, interrupting only once {@code blocked} is true. */
    static void assertInterruptible(Runnable blocking, BooleanSupplier blocked) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread waiter = Thread.ofPlatform().start(() -> {
            started.countDown();
            try {
                blocking.run();
                thrown.set(new AssertionError("returned without interruption"));
            } catch (Throwable t) {
                thrown.set(Thread.currentThread().isInterrupted() ? t : new AssertionError("interrupt flag not restored", t));
            }
        });
        started.await();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(blocked::getAsBoolean);
        waiter.interrupt();
        waiter.join(Duration.ofSeconds(10));
        assertFalse(waiter.isAlive(), "still blocked after interrupt");
        assertTrue(thrown.get() instanceof InterruptedError, String.valueOf(thrown.get()));
    }
}
