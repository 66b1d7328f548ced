package dev.mp4j.core;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Context#byName}: the two contexts by name, and Python's other start methods refused with advice. */
class ContextByNameTest {

    @Test
    void namesTheTwoContexts() {
        assertSame(Context.threads(), Context.byName("threads"));
        assertSame(Context.spawn(), Context.byName("spawn"));
    }

    @Test
    void forkIsRefusedWithTheContextsToUseInstead() {
        String message = assertThrows(IllegalArgumentException.class, () -> Context.byName("fork")).getMessage();
        assertTrue(message.contains("cannot be forked") && message.contains("spawn") && message.contains("threads"),
                message);
    }

    @Test
    void forkserverIsRefusedWithSparesAsItsTwin() {
        String message = assertThrows(IllegalArgumentException.class, () -> Context.byName("forkserver")).getMessage();
        assertTrue(message.contains("cannot be forked") && message.contains("withSpares"), message);
    }

    @Test
    void anyOtherNameIsRefused() {
        String message = assertThrows(IllegalArgumentException.class, () -> Context.byName("Spawn")).getMessage();
        assertTrue(message.contains("'Spawn'") && message.contains("threads or spawn"), message);
    }
}
