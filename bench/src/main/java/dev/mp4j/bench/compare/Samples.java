package dev.mp4j.bench.compare;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The figures of one side of a row, one per run, in the order they were measured.
 *
 * @param values at least one figure
 */
record Samples(double[] values) {

    Samples {
        if (values.length == 0) {
            throw new IllegalArgumentException("a row's side needs at least one figure");
        }
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    double median() {
        return median(values);
    }

    double min() {
        return Arrays.stream(values).min().orElseThrow();
    }

    double max() {
        return Arrays.stream(values).max().orElseThrow();
    }

    int count() {
        return values.length;
    }

    /** The figures in measured order, separated by spaces (full precision, for the CSV). */
    String joined() {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.6g", v))
                .collect(Collectors.joining(" "));
    }

    /** Python's {@code statistics.median}: the mean of the middle two for an even count. */
    static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the median of no figures");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
