package dev.mp4j.sync;

import dev.mp4j.testing.ContextContract;
import dev.mp4j.testing.Interruptions;
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
    interface Blocking extends Interruptions.Blocking {}

    /** See {@link Interruptions#assertInterruptedBeforeBlocking}. */
    static void assertInterruptedBeforeBlocking(Blocking blocking) {
        Interruptions.assertInterruptedBeforeBlocking(blocking);
    }

    /** See {@link Interruptions#assertInterruptedWhileBlocked}. */
    static void assertInterruptedWhileBlocked(Blocking blocking, BooleanSupplier blocked) {
        Interruptions.assertInterruptedWhileBlocked(blocking, blocked);
    }
}
