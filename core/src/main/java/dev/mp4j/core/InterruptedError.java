package dev.mp4j.core;

/**
 * A blocking mp4j call was interrupted. mp4j's API has no checked exceptions, so an
 * {@link InterruptedException} arrives as this unchecked error, its cause; the thread's
 * interrupt flag is set again before it is thrown, so the interrupt is never lost.
 *
 * <pre>{@code
 * try {
 *     process.join();
 * } catch (InterruptedError e) {
 *     // Thread.currentThread().isInterrupted() is true again; e.getCause() is the InterruptedException
 *     return;
 * }
 * }</pre>
 */
public class InterruptedError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InterruptedError(InterruptedException cause) {
        super("interrupted", cause);
        Thread.currentThread().interrupt();
    }
}
