package dev.mp4j.core.internal.shm;

import java.time.Instant;

/**
 * A process as other processes can recognise it: its pid and its start time. A pid alone
 * is not enough, because the kernel reuses pids; a live process with the same pid but a
 * different start time is somebody else.
 *
 * @param pid the operating-system process id
 * @param startMillis the process start time in epoch milliseconds, or 0 where the OS does not tell
 */
public record ProcessIdentity(long pid, long startMillis) {

    private static final ProcessIdentity CURRENT = of(ProcessHandle.current());

    /** The identity of this JVM. */
    public static ProcessIdentity current() {
        return CURRENT;
    }

    /** The identity of a running process, or one with start time 0 when it is gone. */
    public static ProcessIdentity of(ProcessHandle handle) {
        return new ProcessIdentity(handle.pid(), startMillisOf(handle));
    }

    /** Whether this exact process (same pid, same start) is still running. */
    public boolean isAlive() {
        if (pid == CURRENT.pid) {
            return startMillis == CURRENT.startMillis;
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(h -> startMillis == 0 || startMillisOf(h) == 0 || startMillisOf(h) == startMillis)
                .orElse(false);
    }

    private static long startMillisOf(ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
