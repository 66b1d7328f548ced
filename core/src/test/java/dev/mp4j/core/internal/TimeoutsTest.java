package dev.mp4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeoutsTest {

    @Test
    void zeroOrLessDoesNotWait() {
        assertEquals(0, Timeouts.nanos(Duration.ZERO));
        assertEquals(0, Timeouts.nanos(Duration.ofNanos(-1)));
        assertEquals(0, Timeouts.nanos(Duration.ofSeconds(Long.MIN_VALUE)));
    }

    @Test
    void anOrdinaryTimeoutIsItsNanoseconds() {
        assertEquals(1, Timeouts.nanos(Duration.ofNanos(1)));
        assertEquals(1_500_000_000L, Timeouts.nanos(Duration.ofMillis(1500)));
        assertEquals(Long.MAX_VALUE - 1, Timeouts.nanos(Duration.ofNanos(Long.MAX_VALUE - 1)));
        assertFalse(Timeouts.unlimited(Timeouts.nanos(Duration.ofDays(365))));
    }

    @Test
    void tooLongForALongOfNanosecondsIsNoLimit() {
        assertEquals(Long.MAX_VALUE, Timeouts.nanos(Duration.ofSeconds(Long.MAX_VALUE)));
        assertEquals(Long.MAX_VALUE, Timeouts.nanos(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L + 1)));
        assertTrue(Timeouts.unlimited(Timeouts.nanos(Duration.ofSeconds(Long.MAX_VALUE))));
    }

    @Test
    void nullIsAnErrorThatNamesTheTimeout() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Timeouts.nanos(null));
        assertEquals("timeout", e.getMessage());
    }

    @Test
    void remainingCountsDownToZeroAndNoLimitStays() {
        long now = System.nanoTime();
        long left = Timeouts.remaining(now, 60_000_000_000L);
        assertTrue(left > 0 && left <= 60_000_000_000L, Long.toString(left));
        assertEquals(0, Timeouts.remaining(now - 2_000, 1_000));
        assertEquals(0, Timeouts.remaining(now, 0));
        assertEquals(0, Timeouts.remaining(now - 1_000, Long.MIN_VALUE), "no overflow into the future");
        // A start near the end of the nanoTime range: no overflow into the past.
        assertEquals(Long.MAX_VALUE, Timeouts.remaining(now - Long.MAX_VALUE, Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, Timeouts.remaining(Long.MIN_VALUE, Long.MAX_VALUE));
    }
}
