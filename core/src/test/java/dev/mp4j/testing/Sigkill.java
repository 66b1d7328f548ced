package dev.mp4j.testing;

import static org.awaitility.Awaitility.await;

import dev.mp4j.core.Process;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A child JVM SIGKILLed at the moment a test picks, for the tests of what a dead process
 * leaves behind: a lock it held, an array it was writing.
 *
 * <pre>{@code
 * long pid = Sigkill.when(new Process(Context.spawn(), () -> { lock.acquire(); held.set(); never.await(); }),
 *         "the child holds the lock", held::isSet);
 * }</pre>
 */
public final class Sigkill {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Sigkill() {}

    /**
     * Starts {@code child}, waits until {@code reached} is true (polled every millisecond, so a
     * short moment is caught), SIGKILLs the child and waits for its end; returns its pid.
     * Fails, naming {@code moment}, if the child ends first or the moment takes over a minute.
     */
    public static long when(Process child, String moment, BooleanSupplier reached) {
        child.start();
        await(moment).atMost(PATIENCE).pollInterval(Duration.ofMillis(1))
                .until(() -> reached.getAsBoolean() || !child.isAlive());
        if (!child.isAlive()) {
            throw new AssertionError("the child ended with exit code " + child.exitCode() + " before " + moment);
        }
        child.kill();
        child.join();
        if (child.exitCode() != -9) {
            throw new AssertionError("the child killed when " + moment + " exited with " + child.exitCode());
        }
        return child.pid();
    }
}
