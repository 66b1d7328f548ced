package dev.mp4j.sync;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.testing.BackgroundCall;
import dev.mp4j.testing.ContextContract;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Timeout;

/**
 * Helpers of the sync contracts. Workers of the context under test run blocks of assertions
 * ({@link #runInWorker}, {@link #startInWorker}) whose failures come back as themselves; "is
 * blocked" is what the primitive's {@code getQueueLength()} says, never a timed join.
 */
@Timeout(120)
abstract class SyncContract extends ContextContract {

    /** The call that {@link #assertInterruptedBeforeBlocking} and {@link #assertInterruptedWhileBlocked} make. */
    @FunctionalInterface
    interface Blocking {
        void call();
    }

    /**
     * Calls {@code blocking}, which would block, in a thread of this JVM whose interrupt flag
     * is already set, and asserts that it throws InterruptedError with the flag restored.
     */
    static void assertInterruptedBeforeBlocking(Blocking blocking) {
        BackgroundCall<Void> call = BackgroundCall.start("interrupted before blocking", () -> {
            Thread.currentThread().interrupt();
            return callExpectingInterruption(blocking);
        });
        assertThrows(InterruptedError.class, call::result);
    }

    /**
     * Calls {@code blocking} in a thread of this JVM, interrupts it once {@code blocked} is
     * true (the primitive counts it as a waiter), and asserts that it throws InterruptedError
     * with the flag restored.
     */
    static void assertInterruptedWhileBlocked(Blocking blocking, BooleanSupplier blocked) {
        BackgroundCall<Void> call = BackgroundCall.start("interrupted while blocked", () -> callExpectingInterruption(blocking));
        call.awaitBlocked(blocked).interrupt();
        assertThrows(InterruptedError.class, call::result);
    }

    private static Void callExpectingInterruption(Blocking blocking) {
        try {
            blocking.call();
        } catch (InterruptedError e) {
            if (!Thread.currentThread().isInterrupted()) {
                throw new AssertionError("interrupt flag not restored", e);
            }
            throw e;
        }
        throw new AssertionError("returned without being interrupted");
    }
}
