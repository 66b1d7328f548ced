package dev.mp4j.core;

import dev.mp4j.core.internal.Log;

/**
 * A process run by a thread of this JVM (the threads context). Termination is an
 * interrupt: threads cannot be killed.
 */
final class ThreadWorker extends StoppableWorker {

    private final Thread thread;

    private ThreadWorker(Process process, Process parent) {
        Context context = process.context();
        Thread.Builder builder = context.virtualThreads()
                ? Thread.ofVirtual() : Thread.ofPlatform().daemon(process.daemon());
        this.thread = builder.name(process.name()).unstarted(() -> run(process, parent));
    }

    /** An unstarted worker: the Process must know its worker before the thread runs. */
    static ThreadWorker create(Process process, Process parent) {
        return new ThreadWorker(process, parent);
    }

    void start() {
        thread.start();
    }

    private void run(Process process, Process parent) {
        ProcessRegistry.enterThreadWorker(process, parent);
        int code = 1;
        try {
            code = process.bootstrap(() -> stopSignal() != 0);
            int signal = stopSignal();
            code = signal != 0 ? -signal : code;
            Log.log(null, System.Logger.Level.INFO, "process exiting with exitcode " + code);
        } finally {
            ProcessRegistry.leaveThreadWorker();
        }
        ended(code);
        ProcessRegistry.ended(process);
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    void interruptRun() {
        thread.interrupt();
    }
}
