package dev.mp4j.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the comparison, one line per workload:
 * {@code <context>.<workload> mp4j=<value> cpython=<value> <unit> ratio=<x>}, where the ratio
 * says how many times better mp4j is (mp4j/cpython for rates, cpython/mp4j for times), then
 * the rows that miss their target.
 */
final class RowPrinter {

    private final List<String> missed = new ArrayList<>();
    private int compared;

    /** Prints one row; {@code cpython} is {@code null} when the CPython side did not run. */
    void print(Compare.Workload w, double mp4j, Double cpython) {
        String ratio = "n/a";
        if (cpython != null) {
            double r = w.higherIsBetter() ? mp4j / cpython : cpython / mp4j;
            ratio = String.format(Locale.ROOT, "%.2f", r);
            compared++;
            if (!Double.isNaN(w.target()) && r < w.target()) {
                missed.add(w.row() + " (ratio " + ratio + " < " + target(w.target()) + ")");
            }
        }
        System.out.printf(Locale.ROOT, "%s mp4j=%s cpython=%s %s ratio=%s%n", w.row(), figure(mp4j),
                cpython == null ? "n/a" : figure(cpython), w.unit(), ratio);
    }

    /** Prints the rows below target, or that all compared rows meet theirs. */
    void printTargets() {
        if (compared == 0) {
            System.out.println("# no CPython figures: targets not checked");
        } else if (missed.isEmpty()) {
            System.out.println("# every compared row meets its target");
        } else {
            missed.forEach(m -> System.out.println("# below target: " + m));
        }
    }

    private static String target(double t) {
        return t == Math.rint(t) ? Long.toString((long) t) : Double.toString(t);
    }

    // One decimal as the CPython script prints, more for small figures (thread start in ms).
    private static String figure(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.3f", v);
    }
}
