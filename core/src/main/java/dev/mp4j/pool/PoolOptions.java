package dev.mp4j.pool;

import dev.mp4j.core.Context;
import dev.mp4j.core.internal.Timeouts;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The options of a {@link Pool}, immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * new Pool(ctx, PoolOptions.defaults().processes(4).initializer(() -> warmUp()).maxTasksPerChild(100));
 * }</pre>
 */
public final class PoolOptions {

    private static final PoolOptions DEFAULTS = new PoolOptions();

    private int processes;
    private Initializer initializer;
    private int maxTasksPerChild;
    private Duration taskTimeout;
    private Consumer<? super Throwable> callbackErrorHandler;

    private PoolOptions() {}

    private PoolOptions copy() {
        PoolOptions o = new PoolOptions();
        o.processes = processes;
        o.initializer = initializer;
        o.maxTasksPerChild = maxTasksPerChild;
        o.taskTimeout = taskTimeout;
        o.callbackErrorHandler = callbackErrorHandler;
        return o;
    }

    /** {@link Context#cpuCount()} workers, no initializer, workers never replaced, no task timeout. */
    public static PoolOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The number of workers.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public PoolOptions processes(int processes) {
        if (processes < 1) {
            throw new IllegalArgumentException("Number of processes must be at least 1, not " + processes);
        }
        PoolOptions o = copy();
        o.processes = processes;
        return o;
    }

    /**
     * Runs once in each worker before its first task. If it throws, every task given to that
     * worker fails with its exception (Python's pool would start workers forever instead).
     */
    public PoolOptions initializer(Initializer initializer) {
        PoolOptions o = copy();
        o.initializer = initializer;
        return o;
    }

    /**
     * A worker is replaced by a fresh one after this many tasks (a chunk of a map counts as
     * one task, as in Python).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public PoolOptions maxTasksPerChild(int tasks) {
        if (tasks < 1) {
            throw new IllegalArgumentException("maxTasksPerChild must be a positive int, not " + tasks);
        }
        PoolOptions o = copy();
        o.maxTasksPerChild = tasks;
        return o;
    }

    /**
     * Beyond Python: a chunk that runs longer than {@code timeout} per item fails with
     * {@link dev.mp4j.core.TimeoutError}, counted from when a worker takes it. A child JVM
     * worker that overran is killed and replaced; a thread worker is interrupted and
     * replaced at once (the thread ends when its task does). With a timeout, a child JVM
     * worker holds one chunk at a time, so that its clock starts when it runs. A timeout
     * too long for a {@code long} of nanoseconds is no task timeout at all.
     *
     * @throws IllegalArgumentException if not positive
     */
    public PoolOptions taskTimeout(Duration timeout) {
        if (Objects.requireNonNull(timeout, "timeout").isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("taskTimeout must be positive, not " + timeout);
        }
        PoolOptions o = copy();
        o.taskTimeout = Timeouts.unlimited(Timeouts.nanos(timeout)) ? null : timeout;
        return o;
    }

    /** Receives the exceptions of callbacks and progress listeners (by default printed to stderr). */
    public PoolOptions onCallbackError(Consumer<? super Throwable> handler) {
        PoolOptions o = copy();
        o.callbackErrorHandler = handler;
        return o;
    }

    /** The workers asked for; by default this JVM's CPUs, or for a cluster context the CPUs of its nodes. */
    int processesOrDefault(Context context) {
        if (processes > 0) {
            return processes;
        }
        return context.kind() == Context.Kind.CLUSTER ? Math.max(1, context.engine().parallelism()) : Context.cpuCount();
    }

    Initializer initializer() {
        return initializer;
    }

    int maxTasksPerChild() {
        return maxTasksPerChild;
    }

    /** The task timeout, or null for none. */
    Duration taskTimeout() {
        return taskTimeout;
    }

    Consumer<? super Throwable> callbackErrorHandler() {
        return callbackErrorHandler;
    }
}
