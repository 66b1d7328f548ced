package dev.mp4j.core.internal.spawn;

/**
 * Work the AOT cache's training run does in its child, found with {@link java.util.ServiceLoader}:
 * each module puts its hot paths through a few thousand rounds in the spawn context, so the
 * cache holds their classes linked and their method profiles, and a child compiles them
 * sooner. An implementation cleans up after itself and prints nothing.
 */
public interface AotTrainingWork {

    /** Runs the work once, in the training JVM's child. */
    void train();
}
