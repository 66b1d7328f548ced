package dev.mp4j.sync;

/** What {@link Semaphore} and {@link BoundedSemaphore} check and say the same way in every backing. */
final class Semaphores {

    private Semaphores() {}

    static int requireValue(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("semaphore initial value must be >= 0, not " + value);
        }
        return value;
    }

    static IllegalMonitorStateException releasedTooManyTimes(int bound) {
        return new IllegalMonitorStateException(
                "BoundedSemaphore released too many times: its value cannot exceed its initial value " + bound);
    }
}
