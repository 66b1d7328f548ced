package dev.mp4j.core;

/**
 * What runs a started {@link Process}: a thread ({@link ThreadWorker}), a child JVM
 * ({@link JvmWorker}), or the running process itself ({@link SelfWorker}). One class per
 * way of running a process, as Python has one {@code popen_*} module per start method.
 */
interface Worker {

    /** The process id. */
    long pid();

    /** The exit code, or null while running. */
    Integer exitCode();

    /** Waits for the end; {@code nanos < 0} waits forever, 0 does not wait. Returns whether it ended. */
    boolean join(long nanos) throws InterruptedException;

    /** SIGTERM, or the nearest thing. */
    void terminate();

    /** SIGKILL, or the nearest thing. */
    void kill();

    /** Releases what the worker holds once it has ended. */
    default void close() {}
}
