package dev.mp4j.pool;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.testing.BackgroundCall;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Python's {@code AsyncResult.wait([timeout])}: {@code await()} and {@code await(Duration)}, on a result completed by hand. */
@Timeout(60)
class AsyncResultTest {

    @Test
    void awaitReturnsOnceTheResultIsReadyAndDoesNotThrowItsError() {
        AsyncResult<Integer> r = new AsyncResult<>();
        assertFalse(r.await(Duration.ofMillis(10)));
        BackgroundCall<Void> untimed = BackgroundCall.<Void>start("await()", () -> {
            r.await();
            return null;
        }).awaitBlocked();
        BackgroundCall<Boolean> timed = BackgroundCall.start("await(60s)", () -> r.await(Duration.ofSeconds(60))).awaitBlocked();
        r.fail(new ArithmeticException("/ by zero"));
        assertNull(untimed.result());
        assertTrue(timed.result());
        r.await();
        assertTrue(r.await(Duration.ZERO));
        assertThrows(ArithmeticException.class, r::get);
    }

    @Test
    void anInterruptedAwaitThrowsInterruptedErrorWithTheFlagRestored() {
        AsyncResult<Integer> r = new AsyncResult<>();
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedError.class, r::await);
            assertTrue(Thread.interrupted(), "the interrupt flag is restored");
        } finally {
            Thread.interrupted();
        }
    }
}
