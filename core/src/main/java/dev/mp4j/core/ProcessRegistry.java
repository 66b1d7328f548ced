package dev.mp4j.core;

import dev.mp4j.core.internal.JobWorkers;
import dev.mp4j.core.internal.Log;
import dev.mp4j.core.internal.shm.RuntimeDirectory;
import dev.mp4j.core.internal.spawn.Handshake;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is who in this JVM: the process the JVM runs (the main process, or in a child JVM the
 * Process it was started for), the process each thread worker runs, the parent, and the
 * live children. A child JVM waits for its non-daemon children when its target ends; the
 * shutdown hook terminates the children still running (see {@link #atExit()}).
 */
final class ProcessRegistry {

    /** How long an exiting JVM gives a terminated child before killing it. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(2);

    private static final ThreadLocal<Process> THREAD_WORKER = new ThreadLocal<>();
    private static final ThreadLocal<Process> THREAD_WORKER_PARENT = new ThreadLocal<>();
    private static final Set<Process> CHILDREN = ConcurrentHashMap.newKeySet();

    private static volatile Process jvmProcess;
    private static volatile Process jvmParent;

    static {
        Log.processName(ProcessRegistry::currentName);
        // Any mp4j start-up sweeps files whose creator died.
        RuntimeDirectory.path();
        Runtime.getRuntime().addShutdownHook(new Thread(ProcessRegistry::atExit, "mp4j-exit"));
        JobWorkers.install(new JobWorkers.Registry() {
            @Override
            public Process newWorker(String name) {
                return new Process(name, Handshake.newAuthkey(), new SelfWorker(ProcessHandle.current()));
            }

            @Override
            public void enter(Process worker, String parentName, long parentPid) {
                enterEngineWorker(worker, parentName, parentPid);
            }

            @Override
            public void leave() {
                leaveThreadWorker();
            }
        });
    }

    private ProcessRegistry() {}

    static Process current() {
        Process worker = THREAD_WORKER.get();
        return worker != null ? worker : jvmProcess();
    }

    /** The name of {@link #current()}, without creating the main process. */
    static String currentName() {
        Process worker = THREAD_WORKER.get();
        if (worker != null) {
            return worker.name();
        }
        Process p = jvmProcess;
        return p != null ? p.name() : "MainProcess";
    }

    static Process parent() {
        Process worker = THREAD_WORKER.get();
        return worker != null ? THREAD_WORKER_PARENT.get() : jvmParent;
    }

    private static Process jvmProcess() {
        Process p = jvmProcess;
        if (p == null) {
            synchronized (ProcessRegistry.class) {
                if (jvmProcess == null) {
                    jvmProcess = new Process("MainProcess", Handshake.newAuthkey(),
                            new SelfWorker(ProcessHandle.current()));
                }
                p = jvmProcess;
            }
        }
        return p;
    }

    /** In a child JVM: {@code process} is what this JVM runs, started by the named parent. */
    static synchronized void becomeChild(Process process, String parentName, long parentPid) {
        process.runningAs(new SelfWorker(ProcessHandle.current()));
        jvmProcess = process;
        ProcessHandle parentHandle = ProcessHandle.of(parentPid).orElse(ProcessHandle.current());
        jvmParent = new Process(parentName, process.authkeyRef(), new SelfWorker(parentHandle));
    }

    static void enterThreadWorker(Process process, Process parent) {
        THREAD_WORKER.set(process);
        THREAD_WORKER_PARENT.set(parent);
    }

    /** On a node of a cluster context: this job thread runs {@code process}, started by the named parent. */
    static void enterEngineWorker(Process process, String parentName, long parentPid) {
        process.runningAs(new SelfWorker(ProcessHandle.current()));
        ProcessHandle parentHandle = ProcessHandle.of(parentPid).orElse(ProcessHandle.current());
        enterThreadWorker(process, new Process(parentName, process.authkeyRef(), new SelfWorker(parentHandle)));
    }

    static void leaveThreadWorker() {
        THREAD_WORKER.remove();
        THREAD_WORKER_PARENT.remove();
    }

    static void started(Process child) {
        CHILDREN.add(child);
    }

    static void ended(Process child) {
        CHILDREN.remove(child);
    }

    static List<Process> activeChildren() {
        return CHILDREN.stream().filter(Process::running).toList();
    }

    /**
     * At the normal end of a child JVM's target: waits for its non-daemon children of the
     * spawn context, as Python's {@code _exit_function} joins them. Never called from the
     * shutdown hook, which a signal runs too.
     */
    static void joinNonDaemonChildren() {
        for (Process child : CHILDREN) {
            try {
                if (child.context().kind() == Context.Kind.SPAWN && !child.daemon() && child.running()) {
                    child.join();
                }
            } catch (InterruptedError e) {
                return;
            } catch (RuntimeException e) {
                // Closed meanwhile by its owner: it has ended.
            }
        }
    }

    /**
     * The shutdown hook. It runs at a normal end, after {@link #joinNonDaemonChildren()} or
     * once the JVM's non-daemon threads (the watchers of non-daemon children among them) have
     * ended, and also on SIGTERM, SIGINT or {@code System.exit}: so it never waits for a
     * child without a limit. Every child JVM still running is terminated, given
     * {@link #EXIT_GRACE}, then killed.
     */
    private static void atExit() {
        List<Process> jvmChildren = CHILDREN.stream()
                .filter(p -> p.context().kind() == Context.Kind.SPAWN && p.running()).toList();
        for (Process child : jvmChildren) {
            try {
                child.terminate();
            } catch (RuntimeException e) {
                // Closed meanwhile by its owner: it has ended.
            }
        }
        for (Process child : jvmChildren) {
            try {
                if (!child.join(EXIT_GRACE)) {
                    child.kill();
                    child.join(EXIT_GRACE);
                }
            } catch (RuntimeException e) {
                // Exiting: a child we cannot wait for is ended by its own parent watch.
            }
        }
    }
}
