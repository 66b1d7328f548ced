package dev.mp4j.pool;

import dev.mp4j.core.ProcessError;

/**
 * The worker that ran a task died before it finished (SIGKILL, out of memory,
 * {@code System.exit}): the task's result fails with this error, the worker is replaced,
 * and the other tasks of the pool go on (those the worker had not started run on another
 * worker). Beyond Python, whose pool waits forever here, and whose
 * {@code ProcessPoolExecutor} breaks as a whole ({@code BrokenProcessPool}): a
 * {@link ProcessPoolExecutor}'s future fails with this error as the cause of its
 * {@link java.util.concurrent.ExecutionException}, and the executor goes on.
 *
 * <pre>{@code
 * // a pool of Context.spawn(): the task ends its child JVM
 * AsyncResult<Integer> r = pool.applyAsync(() -> { Runtime.getRuntime().halt(9); return 0; });
 * try {
 *     r.get();
 * } catch (WorkerLostError e) {
 *     System.err.println("worker " + e.pid() + " died with exit code " + e.exitCode());
 * }
 * }</pre>
 */
public class WorkerLostError extends ProcessError {

    private static final long serialVersionUID = 1L;

    private final long pid;
    private final Integer exitCode;

    public WorkerLostError(long pid, Integer exitCode) {
        super("pool worker " + pid + " died with exit code " + exitCode + " before its task finished");
        this.pid = pid;
        this.exitCode = exitCode;
    }

    /**
     * A worker that is not a process of this machine left before its task finished: a node
     * of a cluster context, which {@code message} names. Its {@link #pid()} is -1 and its
     * {@link #exitCode()} null.
     */
    public WorkerLostError(String message) {
        super(message);
        this.pid = -1;
        this.exitCode = null;
    }

    /** The pid of the worker that died; -1 for a worker that is not a process of this machine. */
    public long pid() {
        return pid;
    }

    /** Its exit code (Python's: -9 after SIGKILL), or null if unknown. */
    public Integer exitCode() {
        return exitCode;
    }
}
