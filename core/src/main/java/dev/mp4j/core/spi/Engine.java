package dev.mp4j.core.spi;

import java.io.Serializable;

/**
 * What runs the work of a context of kind {@link dev.mp4j.core.Context.Kind#CLUSTER}: jobs
 * go to workers the engine chooses (the nodes of a cluster), each job serialized, run once,
 * and answered with its result or its exception. The core knows no engine's types; an
 * engine's module makes its context with {@link dev.mp4j.core.Context#of(Engine)}.
 *
 * <p>Implementations are thread-safe.
 */
public interface Engine {

    /** What the engine is, for a context's {@code toString}: {@code "cluster of 3 nodes"}. */
    String describe();

    /** How many jobs run at once by default: the CPUs of the workers (a Pool's default size). */
    int parallelism();

    /**
     * Sends {@code job} to one worker, which runs it once. Its result fails with what
     * {@link Job#run()} threw, or with {@link dev.mp4j.pool.WorkerLostError} naming the worker
     * if that worker left before the job finished: a job never runs twice.
     *
     * @throws dev.mp4j.core.SerializationError if {@code job} cannot be serialized
     */
    <T extends Serializable> Submission<T> submit(Job<T> job);

    /**
     * What a context of this engine travels as (inside a task, a Process, a queue item): a
     * handle whose {@code readResolve} gives, in a JVM that is a node of the same cluster,
     * that JVM's own engine of it; elsewhere it fails to read.
     */
    Serializable reference();

    /**
     * The backings this engine gives a module's primitives: {@code family} is the module's
     * engine interface ({@code dev.mp4j.sync.spi.SyncEngine}, say); null if this engine has none.
     */
    default <F> F family(Class<F> family) {
        return null;
    }

    /**
     * The error of a type that the cluster context does not back yet ({@code what}: "a Lock"),
     * thrown by the module's backings seam when it meets a context of kind
     * {@link dev.mp4j.core.Context.Kind#CLUSTER}.
     */
    static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(what + " of a cluster context is not in this version of mp4j:"
                + " a cluster context runs Processes and a Pool's tasks on its nodes; share state between them"
                + " through the cluster's own structures (ClusterContext.ignite()), or use the spawn context on one machine");
    }
}
