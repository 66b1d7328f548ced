package dev.mp4j.core;

/**
 * Ends the current worker with an exit code, as Python's {@code sys.exit(n)}: throw it from
 * a process target, or call {@link Process#exit(int)}. The process's {@link Process#exitCode()}
 * becomes {@code code}, in both contexts; no stack trace is printed.
 *
 * <pre>{@code
 * Process p = new Process(ctx, () -> {
 *     if (!configured()) {
 *         throw new SystemExit(3);   // Python: sys.exit(3)
 *     }
 * });
 * p.start();
 * p.join();
 * assert p.exitCode() == 3;
 * }</pre>
 *
 * <p>Prefer it to {@link System#exit(int)}: in the threads context that would end the whole
 * JVM, and in a child JVM its code cannot be told apart from death by a signal when it is
 * above 128.
 */
public class SystemExit extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;

    public SystemExit(int code) {
        super("exit code " + code, null, false, false);
        this.code = code;
    }

    /** The exit code. */
    public int code() {
        return code;
    }
}
