package dev.mp4j.core.internal.shm;

import java.time.Instant;

/**
 * A process as other processes can recognise it: its pid and its start time. A pid alone
 * is not enough, because the kernel reuses pids; a live process with the same pid but a
 * different start time is somebody else.
 *
 * <p>Start times match within {@link #START_TOLERANCE_MILLIS}. On Linux a JVM computes a
 * process's start as the boot time, which it reads once from {@code /proc/stat}, plus the
 * process's ticks since boot; that boot time moves by whole seconds when the wall clock is
 * stepped (NTP, a leap second), so two JVMs can disagree about the start of the same live
 * process by a second or two. Exact equality would then call a live process dead: its locks
 * would be taken over and its files swept. A different process with the same pid started
 * within the tolerance would need the pid space to wrap in that time.
 *
 * @param pid the operating-system process id
 * @param startMillis the process start time in epoch milliseconds, or 0 where the OS does not tell
 */
public record ProcessIdentity(long pid, long startMillis) {

    /** How far two JVMs' views of one process's start time may differ (see above). */
    static final long START_TOLERANCE_MILLIS = 5_000;

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
        long start = ProcStat.startMillis(pid);
        if (start != ProcStat.UNSUPPORTED) {
            return start != 0 && sameStart(startMillis, start);
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(h -> sameStart(startMillis, startMillisOf(h)))
                .orElse(false);
    }

    /** Whether two start times (0: unknown) may be the same process's, as seen by two JVMs. */
    static boolean sameStart(long a, long b) {
        return a == 0 || b == 0 || Math.abs(a - b) <= START_TOLERANCE_MILLIS;
    }

    private static long startMillisOf(ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
