package dev.mp4j.core.internal.shm;

/** Picks the {@link Waiter} of this JVM once; see {@link Waiter#get()}. */
final class Waiters {

    static final Waiter SELECTED = select(System.getProperty("mp4j.waiter", ""));

    private Waiters() {}

    static Waiter select(String requested) {
        return switch (requested) {
            case "futex" -> {
                if (!FutexWaiter.supported()) {
                    throw new IllegalStateException("-Dmp4j.waiter=futex: this platform has no futex ("
                            + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ")");
                }
                yield new FutexWaiter();
            }
            case "backoff" -> new BackoffWaiter();
            case "" -> FutexWaiter.supported() ? new FutexWaiter() : new BackoffWaiter();
            default -> throw new IllegalArgumentException(
                    "-Dmp4j.waiter must be futex or backoff, not '" + requested + "'");
        };
    }
}
