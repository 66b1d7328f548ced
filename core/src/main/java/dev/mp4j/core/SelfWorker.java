package dev.mp4j.core;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The worker of a process that is already running when this JVM sees it: the main process,
 * the process a child JVM runs, or the parent JVM seen from a child.
 */
final class SelfWorker implements Worker {

    private final ProcessHandle handle;

    SelfWorker(ProcessHandle handle) {
        this.handle = handle;
    }

    @Override
    public long pid() {
        return handle.pid();
    }

    @Override
    public Integer exitCode() {
        return handle.isAlive() ? null : 0;
    }

    @Override
    public boolean join(long nanos) throws InterruptedException {
        if (handle.equals(ProcessHandle.current())) {
            throw new IllegalStateException("a process cannot join itself");
        }
        try {
            if (nanos < 0) {
                handle.onExit().get();
            } else {
                handle.onExit().get(nanos, TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.isAlive();
        }
    }

    @Override
    public void terminate() {
        handle.destroy();
    }

    @Override
    public void kill() {
        handle.destroyForcibly();
    }
}
