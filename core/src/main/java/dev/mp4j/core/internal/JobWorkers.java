package dev.mp4j.core.internal;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.util.function.Supplier;

/**
 * Who a job of a cluster context's node runs as, for the jobs of packages other than the
 * core's (a Pool's chunks): {@link Context#currentProcess()} there is a worker process of the
 * node, as in a thread worker. The core's process registry installs itself here once (the
 * JDK's shared-secrets idiom), so the registry stays package-private.
 */
public final class JobWorkers {

    /** What the core's process registry does for this class. */
    public interface Registry {
        /** A process of this JVM that runs on job threads, named {@code name}; never started. */
        Process newWorker(String name);

        /** This thread runs {@code worker}, started by the named parent, until {@link #leave()}. */
        void enter(Process worker, String parentName, long parentPid);

        void leave();
    }

    private static volatile Registry registry;

    private JobWorkers() {}

    /** Called once, by the core's process registry as it starts. */
    public static synchronized void install(Registry r) {
        if (registry != null) {
            throw new IllegalStateException("the process registry is installed already");
        }
        registry = r;
    }

    private static Registry registry() {
        if (registry == null) {
            Context.currentProcess(); // starts the registry, which installs itself
        }
        return registry;
    }

    /** A worker process of this JVM for jobs, named {@code name}. */
    public static Process newWorker(String name) {
        return registry().newWorker(name);
    }

    /** Runs {@code body} on this thread as {@code worker}, started by the named parent. */
    public static <T> T runAs(Process worker, String parentName, long parentPid, Supplier<T> body) {
        Registry r = registry();
        r.enter(worker, parentName, parentPid);
        try {
            return body.get();
        } finally {
            r.leave();
        }
    }
}
