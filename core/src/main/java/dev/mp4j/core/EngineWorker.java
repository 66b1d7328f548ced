package dev.mp4j.core;

import dev.mp4j.core.internal.Log;
import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.spi.Engine;
import dev.mp4j.core.spi.Submission;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * A process run as a job of a cluster context's {@link Engine}, on a node the engine picks
 * ({@link ProcessJob}). Its pid is the node JVM's. Termination stops the job where it runs
 * (an interrupt there): exit code -15 for terminate, -9 for kill, as a signalled child's; a
 * node that leaves mid-run gives -9 too, and says so in the log.
 */
final class EngineWorker extends StoppableWorker {

    private final Submission<Integer> submission;

    private EngineWorker(Process process, Submission<Integer> submission) {
        this.submission = submission;
        submission.result().whenComplete((code, error) -> {
            if (error == null) {
                ended(code);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (!(cause instanceof CancellationException)) {
                    Log.log(null, System.Logger.Level.WARNING, process.name() + " on " + submission.worker()
                            + " ended without an exit code: " + cause);
                }
                ended(-SIGKILL);
            }
            ProcessRegistry.ended(process);
        });
    }

    /** Sends {@code process} to a node of {@code engine}; returns once it is on its way. */
    static EngineWorker start(Process process, Engine engine) {
        Process parent = ProcessRegistry.current();
        byte[] request = Serialization.serializeForStart(
                new StartRequest(process, parent.name(), parent.pid(), Context.defaultContext()), "process " + process.name());
        return new EngineWorker(process, engine.submit(new ProcessJob(request)));
    }

    @Override
    public long pid() {
        return submission.pid();
    }

    @Override
    void interruptRun() {
        submission.cancel();
    }
}
