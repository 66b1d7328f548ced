package dev.mp4j.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load average from {@code /proc/loadavg} (Linux): printed before and after a
 * comparison, because a figure taken on a busy machine says as much about the machine.
 */
final class LoadAverage {

    private static final Path PROC_LOADAVG = Path.of("/proc/loadavg");

    private LoadAverage() {}

    /** The 1, 5 and 15 minute averages as the kernel prints them, or why they are unknown. */
    static String describe() {
        String[] f = fields();
        return f == null ? "unknown (no readable " + PROC_LOADAVG + ")" : f[0] + " " + f[1] + " " + f[2] + " (1, 5, 15 min)";
    }

    /** The one-minute average, or NaN where unknown. */
    static double oneMinute() {
        String[] f = fields();
        return f == null ? Double.NaN : Double.parseDouble(f[0]);
    }

    private static String[] fields() {
        try {
            String[] f = Files.readString(PROC_LOADAVG).strip().split("\\s+");
            return f.length >= 3 ? f : null;
        } catch (IOException e) {
            return null;
        }
    }
}
