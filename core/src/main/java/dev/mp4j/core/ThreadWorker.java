package dev.mp4j.core;

import dev.mp4j.core.internal.Log;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A process run by a thread of this JVM (the threads context). Termination is an
 * interrupt: threads cannot be killed.
 */
final class ThreadWorker implements Worker {

    private static final int SIGKILL = 9;
    private static final int SIGTERM = 15;

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread thread;
    private volatile int stopSignal;
    private volatile Integer exitCode;

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
            code = process.bootstrap(() -> stopSignal != 0);
            int signal = stopSignal;
            code = signal != 0 ? -signal : code;
            Log.log(null, System.Logger.Level.INFO, "process exiting with exitcode " + code);
        } finally {
            ProcessRegistry.leaveThreadWorker();
        }
        exitCode = code;
        done.countDown();
        ProcessRegistry.ended(process);
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public Integer exitCode() {
        return exitCode;
    }

    @Override
    public boolean join(long nanos) throws InterruptedException {
        if (nanos < 0) {
            done.await();
            return true;
        }
        return done.await(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void terminate() {
        stop(SIGTERM);
    }

    @Override
    public void kill() {
        stop(SIGKILL);
    }

    private synchronized void stop(int signal) {
        if (exitCode == null) {
            if (stopSignal == 0 || signal == SIGKILL) {
                stopSignal = signal;
            }
            thread.interrupt();
        }
    }
}
