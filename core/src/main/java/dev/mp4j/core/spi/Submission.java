package dev.mp4j.core.spi;

import java.util.concurrent.CompletableFuture;

/** A {@link Job} on its way to, or running on, a worker of an {@link Engine}. */
public interface Submission<T> {

    /** Completes with the job's result, or exceptionally: see {@link Engine#submit(Job)}. */
    CompletableFuture<T> result();

    /** The worker the job was sent to, as an error would name it. */
    String worker();

    /** The process id of the worker's JVM, or -1 if the engine cannot tell. */
    long pid();

    /** Stops the job: not run if it has not started, interrupted where it runs if it has. */
    void cancel();
}
