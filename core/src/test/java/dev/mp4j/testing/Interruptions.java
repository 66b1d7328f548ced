package dev.mp4j.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mp4j.core.InterruptedError;
import java.util.function.BooleanSupplier;

/**
 * The two interruption checks every blocking call gets: interrupted before it blocks, and
 * interrupted while it is blocked (seen blocked first through the primitive's own waiter
 * count, since a thread asleep on a futex is not "parked" to the JVM).
 *
 * <pre>{@code
 * Interruptions.assertInterruptedWhileBlocked(q::get, () -> q.getQueueLength() == 1);
 * }</pre>
 */
public final class Interruptions {

    /** A call that would block. */
    @FunctionalInterface
    public interface Blocking {
        void call();
    }

    private Interruptions() {}

    /**
     * Calls {@code blocking}, which would block, in a thread whose interrupt flag is already
     * set, and asserts that it throws InterruptedError with the flag restored.
     */
    public static void assertInterruptedBeforeBlocking(Blocking blocking) {
        BackgroundCall<Void> call = BackgroundCall.start("interrupted before blocking", () -> {
            Thread.currentThread().interrupt();
            return callExpectingInterruption(blocking);
        });
        assertThrows(InterruptedError.class, call::result);
    }

    /**
     * Calls {@code blocking} in a thread of its own, interrupts it once {@code blocked} is
     * true (the primitive counts it as a waiter), and asserts that it throws InterruptedError
     * with the flag restored.
     */
    public static void assertInterruptedWhileBlocked(Blocking blocking, BooleanSupplier blocked) {
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
