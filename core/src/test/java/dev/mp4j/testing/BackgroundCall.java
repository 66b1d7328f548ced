package dev.mp4j.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * A blocking call run in a thread of its own, so that a test can first see it block, then
 * release it and check how it returned.
 *
 * <pre>{@code
 * BackgroundCall<Boolean> join = BackgroundCall.start("join", () -> p.join(timeout)).awaitBlocked();
 * p.kill();
 * assertTrue(join.result());
 * }</pre>
 */
public final class BackgroundCall<T> {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String name;
    private final CompletableFuture<T> outcome = new CompletableFuture<>();
    private final Thread thread;

    private BackgroundCall(String name, Callable<T> call) {
        this.name = name;
        this.thread = Thread.ofPlatform().daemon().name("test-" + name).start(() -> {
            try {
                outcome.complete(call.call());
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        });
    }

    /** Starts {@code call} in a daemon thread of its own; {@code name} appears in failures. */
    public static <T> BackgroundCall<T> start(String name, Callable<T> call) {
        return new BackgroundCall<>(name, call);
    }

    /**
     * Waits until the call's thread is parked, and fails if the call returned or threw
     * first (with what it threw as the cause).
     */
    public BackgroundCall<T> awaitBlocked() {
        await().atMost(PATIENCE).until(() -> outcome.isDone() || parked());
        failIfDone();
        return this;
    }

    private void failIfDone() {
        if (outcome.state() == Future.State.SUCCESS) {
            throw new AssertionError(name + " returned " + outcome.resultNow() + " instead of blocking");
        }
        if (outcome.state() == Future.State.FAILED) {
            throw new AssertionError(name + " threw instead of blocking: " + outcome.exceptionNow(), outcome.exceptionNow());
        }
    }

    /**
     * Waits until {@code blocked} is true, as the primitive under test sees it (its
     * {@code getQueueLength()}, say: a thread sleeping on a futex is not "parked" to the JVM),
     * and fails if the call returned or threw first.
     */
    public BackgroundCall<T> awaitBlocked(BooleanSupplier blocked) {
        await().atMost(PATIENCE).until(() -> outcome.isDone() || blocked.getAsBoolean());
        failIfDone();
        return this;
    }

    /** Interrupts the call's thread. */
    public BackgroundCall<T> interrupt() {
        thread.interrupt();
        return this;
    }

    /** What the call returned, once it has; what it threw is rethrown as itself. */
    public T result() {
        try {
            return outcome.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw BackgroundCall.<RuntimeException>sneaky(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError(name + " still blocked after " + PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + name, e);
        }
    }

    private boolean parked() {
        Thread.State s = thread.getState();
        return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING;
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X sneaky(Throwable t) throws X {
        throw (X) t;
    }
}
