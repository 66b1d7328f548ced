package dev.mp4j.core.internal.spawn;

/**
 * Work that readies a child JVM's hot paths, found with {@link java.util.ServiceLoader}. The
 * AOT cache's training run has each module put its hot paths through a few thousand rounds
 * in the spawn context, so the cache holds their classes linked and their method profiles,
 * and a child compiles them sooner. A spare JVM, while it waits idle, has each module take
 * its paths once: what the cache cannot hold (classes spun at run time, first calls through
 * method handles, threads and mappings started) is then paid before a start, not in the
 * user's first call. An implementation cleans up after itself, prints nothing, and runs
 * mp4j's code only.
 */
public interface AotTrainingWork {

    /** Runs the work once, in the training JVM's child. */
    void train();

    /**
     * One short pass through the paths a child takes first, in a spare that has no process
     * of its own yet (it must not read or create the registry's process).
     */
    default void warmUp() {}
}
