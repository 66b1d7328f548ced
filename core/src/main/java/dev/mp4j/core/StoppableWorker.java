package dev.mp4j.core;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A worker that cannot be signalled and is stopped by an interrupt of its run instead (a
 * thread of this JVM, a job on a cluster node): a stop gives the exit code of the signal it
 * stands for, -15 for terminate and -9 for kill, as Python's signalled children have.
 */
abstract class StoppableWorker implements Worker {

    static final int SIGKILL = 9;
    static final int SIGTERM = 15;

    private final CountDownLatch done = new CountDownLatch(1);
    private volatile int stopSignal;
    private volatile Integer exitCode;

    /** Interrupts the run, wherever it is. */
    abstract void interruptRun();

    /** The signal of the stop asked for, or 0. */
    final int stopSignal() {
        return stopSignal;
    }

    /** The run has ended with {@code code} (a stop's own code wins): joins return. */
    final void ended(int code) {
        int signal = stopSignal;
        exitCode = signal != 0 ? -signal : code;
        done.countDown();
    }

    @Override
    public final Integer exitCode() {
        return exitCode;
    }

    @Override
    public final boolean join(long nanos) throws InterruptedException {
        if (nanos < 0) {
            done.await();
            return true;
        }
        return done.await(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public final void terminate() {
        stop(SIGTERM);
    }

    @Override
    public final void kill() {
        stop(SIGKILL);
    }

    private synchronized void stop(int signal) {
        if (exitCode == null) {
            if (stopSignal == 0 || signal == SIGKILL) {
                stopSignal = signal;
            }
            interruptRun();
        }
    }
}
