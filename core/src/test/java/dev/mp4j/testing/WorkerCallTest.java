package dev.mp4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opentest4j.AssertionFailedError;

/** The worker helpers of {@link ContextContract} bring back what a worker's check threw, as itself. */
@Timeout(120)
class WorkerCallTest {

    abstract static class Contract extends ContextContract {

        @Test
        void aFailedAssertionComesBackWithItsMessageAndTheWorkersStackTrace() {
            AssertionFailedError e = assertThrows(AssertionFailedError.class,
                    () -> runInWorker(() -> assertEquals(1, 2, "the probe")));
            assertTrue(e.getMessage().contains("the probe"), e.getMessage());
            assertTrue(Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getClassName().startsWith(Contract.class.getName())),
                    "the stack trace reaches the check");
            assertTrue(e.getSuppressed().length == 1 && e.getSuppressed()[0].getMessage().contains("thrown in worker"),
                    Arrays.toString(e.getSuppressed()));
        }

        @Test
        void anyExceptionComesBackAsItself() {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> runInWorker(() -> {
                        throw new IllegalStateException("not yet");
                    }));
            assertEquals("not yet", e.getMessage());
        }

        @Test
        void aWorkerThatExitsWithAnotherCodeFails() {
            AssertionError e = assertThrows(AssertionError.class, () -> runInWorker(() -> Process.exit(3)));
            assertTrue(e.getMessage().contains("exited with 3"), e.getMessage());
        }

        @Test
        void checksThatPassLeaveNothingToReport() {
            runInWorker(() -> assertEquals(2, 1 + 1));
            runInWorkers(2, () -> assertTrue(true));
        }
    }

    @Nested
    class Threads extends Contract {
        @Override
        protected Context context() {
            return Context.threads();
        }
    }

    @Nested
    class Spawn extends Contract {
        @Override
        protected Context context() {
            return Context.spawn();
        }
    }
}
