package dev.mp4j.testing;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.SystemExit;
import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;

/**
 * A block of assertions run in a worker of a context (a thread, or a child JVM), whose
 * failure comes back to the test as itself: the worker writes what it threw to a file, and
 * {@link #join()} rethrows it, so a failed check says which one and why, with the worker's
 * stack trace.
 *
 * <pre>{@code
 * WorkerCall waiter = WorkerCall.start(context(), dir, () -> assertTrue(lock.acquire(Duration.ofSeconds(30)), "acquired"));
 * await().until(() -> lock.getQueueLength() == 1);
 * lock.release();
 * waiter.join();
 * }</pre>
 */
public final class WorkerCall {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Process process;
    private final Path report;

    private WorkerCall(Process process, Path report) {
        this.process = process;
        this.report = report;
    }

    /**
     * Starts {@code check} in a worker of {@code context}; what it throws is written to a
     * file of {@code dir} (a {@code @TempDir}).
     */
    public static WorkerCall start(Context context, Path dir, Process.Target check) {
        Path report = dir.resolve("worker-" + UUID.randomUUID() + ".failure");
        String path = report.toString();
        Process p = new Process(context, () -> runAndReport(check, path));
        p.start();
        return new WorkerCall(p, report);
    }

    /** The worker's process. */
    public Process process() {
        return process;
    }

    /**
     * Waits for the worker to end; rethrows what the check threw, as itself (an
     * AssertionError with its message and the worker's stack trace); fails if the worker is
     * still running after a minute (it is then killed) or exited with another code than 0.
     */
    public void join() {
        boolean ended = process.join(PATIENCE);
        if (!ended) {
            process.kill();
        }
        Throwable failure = read(report);
        if (failure != null) {
            failure.addSuppressed(new AssertionError("thrown in worker " + process.name() + " of " + process.context()));
            throw WorkerCall.<RuntimeException>sneaky(failure);
        }
        if (!ended) {
            throw new AssertionError("worker " + process.name() + " still running after " + PATIENCE);
        }
        if (process.exitCode() != 0) {
            throw new AssertionError("worker " + process.name() + " exited with " + process.exitCode());
        }
    }

    /** Runs {@code check} in each of {@code n} workers of {@code context} at once, and joins them all. */
    public static void runInWorkers(Context context, Path dir, int n, Process.Target check) {
        WorkerCall[] calls = new WorkerCall[n];
        for (int i = 0; i < n; i++) {
            calls[i] = start(context, dir, check);
        }
        for (WorkerCall call : calls) {
            call.join();
        }
    }

    /** In the worker. */
    private static void runAndReport(Process.Target check, String path) throws Exception {
        try {
            check.run();
        } catch (SystemExit exit) {
            throw exit;
        } catch (Throwable t) {
            write(Path.of(path), t);
            throw WorkerCall.<Exception>sneaky(t);
        }
    }

    private static void write(Path report, Throwable t) throws IOException {
        Path partial = report.resolveSibling(report.getFileName() + ".partial");
        try {
            writeObject(partial, t);
        } catch (NotSerializableException e) {
            AssertionError stand = new AssertionError(t.toString() + " (not serializable: " + e.getMessage() + ")");
            stand.setStackTrace(t.getStackTrace());
            writeObject(partial, stand);
        }
        Files.move(partial, report, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeObject(Path file, Object o) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(o);
        }
    }

    private static Throwable read(Path report) {
        if (!Files.exists(report)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(report); ObjectInputStream ois = new ObjectInputStream(in)) {
            return (Throwable) ois.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the worker's failure from " + report, e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("cannot read the worker's failure from " + report, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X sneaky(Throwable t) throws X {
        throw (X) t;
    }
}
