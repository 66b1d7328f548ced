package dev.mp4j.core.internal.shm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A process's start time read straight from Linux's {@code /proc/<pid>/stat}: one small
 * file, where {@code ProcessHandle.info()} reads several (command line, user, times) and
 * costs 60–120 µs. A Barrier's tripping arrival asks this for every waiting party, so the
 * difference is the barrier's round time.
 *
 * <p>The start is computed as the JDK computes {@code startInstant()}: the boot time of
 * {@code /proc/stat}'s {@code btime} plus the process's start in clock ticks (USER_HZ, 100
 * on every Linux architecture's ABI), so the two agree within {@link ProcessIdentity}'s
 * tolerance.
 */
final class ProcStat {

    /** What {@link #startMillis} returns where there is no {@code /proc} to read. */
    static final long UNSUPPORTED = Long.MIN_VALUE;

    private static final long TICKS_PER_SECOND = 100;
    private static final Path PROC = Path.of("/proc");
    private static final long BOOT_MILLIS = bootMillis();

    private ProcStat() {}

    /**
     * The start of process {@code pid} in epoch milliseconds; 0 if there is no such process
     * or it has ended (a zombie); {@link #UNSUPPORTED} without Linux's {@code /proc}.
     */
    static long startMillis(long pid) {
        if (BOOT_MILLIS == UNSUPPORTED) {
            return UNSUPPORTED;
        }
        String stat;
        try {
            stat = new String(Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("stat")),
                    StandardCharsets.US_ASCII);
        } catch (NoSuchFileException gone) {
            return 0;
        } catch (IOException unreadable) {
            return UNSUPPORTED;
        }
        // "pid (comm) state ppid …": comm may hold spaces and parentheses, so fields are
        // counted from the last ')'. The state is field 3, the start time field 22.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", 21);
        if (fields.length < 21) {
            return UNSUPPORTED; // not the format this reads: let ProcessHandle judge
        }
        char state = fields[0].charAt(0);
        if (state == 'Z' || state == 'X') {
            return 0;
        }
        return BOOT_MILLIS + Long.parseLong(fields[19]) * 1000 / TICKS_PER_SECOND;
    }

    private static long bootMillis() {
        try {
            for (String line : Files.readAllLines(PROC.resolve("stat"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("btime ")) {
                    return Long.parseLong(line.substring(6).trim()) * 1000;
                }
            }
        } catch (IOException | RuntimeException noProc) {
            // not Linux, or /proc is not mounted: ProcessHandle answers instead
        }
        return UNSUPPORTED;
    }
}
