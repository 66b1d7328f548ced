package dev.mp4j.testing;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of every contract suite: a suite is written once against {@link #context()}, and
 * each context gets a subclass of one line.
 */
public abstract class ContextContract {

    /** The context this run of the suite covers. */
    protected abstract Context context();

    /** Whether workers are child JVMs. */
    protected final boolean spawn() {
        return context().kind() == Context.Kind.SPAWN;
    }

    /** Whether workers run in other JVMs than the test's: child JVMs, or the nodes of a cluster. */
    protected final boolean otherJvms() {
        return context().kind() != Context.Kind.THREADS;
    }

    /** Whether workers are the nodes of a cluster context. */
    protected final boolean cluster() {
        return context().kind() == Context.Kind.CLUSTER;
    }

    /** Where workers write what they threw; see {@link WorkerCall}. */
    @TempDir
    private Path workerReports;

    /**
     * Starts {@code check}, a block of assertions, in a worker of the context; its
     * {@link WorkerCall#join()} rethrows what the block threw, as itself.
     */
    protected final WorkerCall startInWorker(Process.Target check) {
        return WorkerCall.start(context(), workerReports, check);
    }

    /** Runs {@code check} in a worker of the context and rethrows what it threw, as itself. */
    protected final void runInWorker(Process.Target check) {
        startInWorker(check).join();
    }

    /** Runs {@code check} in {@code n} workers of the context at once, and rethrows what the first of them threw. */
    protected final void runInWorkers(int n, Process.Target check) {
        WorkerCall.runInWorkers(context(), workerReports, n, check);
    }
}
