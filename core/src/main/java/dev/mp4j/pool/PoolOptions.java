package dev.mp4j.pool;

import dev.mp4j.core.Context;
import java.util.function.Consumer;

/**
 * The options of a {@link Pool}, immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * new Pool(ctx, PoolOptions.defaults().processes(4).initializer(() -> warmUp()).maxTasksPerChild(100));
 * }</pre>
 */
public final class PoolOptions {

    private static final PoolOptions DEFAULTS = new PoolOptions(0, null, 0, null);

    private final int processes;
    private final Initializer initializer;
    private final int maxTasksPerChild;
    private final Consumer<? super Throwable> callbackErrorHandler;

    private PoolOptions(int processes, Initializer initializer, int maxTasksPerChild,
            Consumer<? super Throwable> callbackErrorHandler) {
        this.processes = processes;
        this.initializer = initializer;
        this.maxTasksPerChild = maxTasksPerChild;
        this.callbackErrorHandler = callbackErrorHandler;
    }

    /** {@link Context#cpuCount()} workers, no initializer, workers never replaced. */
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
        return new PoolOptions(processes, initializer, maxTasksPerChild, callbackErrorHandler);
    }

    /**
     * Runs once in each worker before its first task. If it throws, every task given to that
     * worker fails with its exception (Python's pool would start workers forever instead).
     */
    public PoolOptions initializer(Initializer initializer) {
        return new PoolOptions(processes, initializer, maxTasksPerChild, callbackErrorHandler);
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
        return new PoolOptions(processes, initializer, tasks, callbackErrorHandler);
    }

    /** Receives the exceptions of callbacks and progress listeners (by default printed to stderr). */
    public PoolOptions onCallbackError(Consumer<? super Throwable> handler) {
        return new PoolOptions(processes, initializer, maxTasksPerChild, handler);
    }

    int processesOrDefault() {
        return processes > 0 ? processes : Context.cpuCount();
    }

    Initializer initializer() {
        return initializer;
    }

    int maxTasksPerChild() {
        return maxTasksPerChild;
    }

    Consumer<? super Throwable> callbackErrorHandler() {
        return callbackErrorHandler;
    }
}
