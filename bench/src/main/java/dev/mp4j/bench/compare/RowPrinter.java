package dev.mp4j.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the comparison as a table, one line per row: both medians with their min–max over
 * the runs, the ratio of the medians (above 1, mp4j is better), the target and the verdict,
 * {@code noisy} where the ratio's range straddles the target (see {@link Row}); then the rows
 * below their target and the noisy ones.
 */
final class RowPrinter {

    private static final String FORMAT = "%-36s %-32s %-32s %-13s %7s %7s  %s%n";

    private final List<String> below = new ArrayList<>();
    private final List<String> noisy = new ArrayList<>();
    private int compared;

    void printHeader() {
        System.out.printf(Locale.ROOT, FORMAT, "row", "mp4j median [min..max]", "cpython median [min..max]",
                "unit", "ratio", "target", "verdict");
    }

    void print(Row row) {
        Compare.Workload w = row.workload();
        String ratio = row.compared() ? String.format(Locale.ROOT, "%.2f", row.ratio()) : "n/a";
        if (row.compared()) {
            compared++;
        }
        if (row.verdict() == Row.Verdict.BELOW) {
            below.add(w.row() + " (ratio " + ratio + " < " + target(w.target()) + ")");
        }
        if (row.noisy()) {
            noisy.add(w.row() + String.format(Locale.ROOT, " (ratio range %.2f..%.2f holds the target %s)",
                    row.ratioLow(), row.ratioHigh(), target(w.target())));
        }
        String verdict = row.verdict().label + (row.noisy() ? " noisy" : "");
        System.out.printf(Locale.ROOT, FORMAT, w.row(), side(row.mp4j()),
                row.compared() ? side(row.cpython()) : "n/a", w.unit(), ratio,
                Double.isNaN(w.target()) ? "-" : target(w.target()), verdict);
    }

    /** Prints the rows below target and the noisy ones, or that all compared rows meet theirs. */
    void printTargets() {
        if (compared == 0) {
            System.out.println("# no CPython figures: targets not checked");
        } else if (below.isEmpty()) {
            System.out.println("# every compared row meets its target");
        }
        below.forEach(m -> System.out.println("# below target: " + m));
        noisy.forEach(m -> System.out.println("# noisy: " + m));
    }

    static String target(double t) {
        return t == Math.rint(t) ? Long.toString((long) t) : Double.toString(t);
    }

    private static String side(Samples s) {
        return figure(s.median()) + " [" + figure(s.min()) + ".." + figure(s.max()) + "]";
    }

    // Whole numbers for large figures (rates), one decimal below, three for small ones
    // (thread start in ms); the CSV has six significant digits.
    static String figure(double v) {
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 1000 ? "%.0f" : a >= 10 ? "%.1f" : "%.3f", v);
    }
}
