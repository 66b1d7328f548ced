package dev.mp4j.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the rows of a comparison as CSV, one line per row under a header. Figures carry six
 * significant digits; a field with no value (no CPython side, no target) is empty; the runs'
 * own figures are in measured order, separated by spaces. No field holds a comma or a quote
 * (row names, units and verdicts are mp4j's own words), so none is quoted.
 */
final class RowCsv {

    static final String HEADER = "row,unit,higher_is_better,target,runs,"
            + "mp4j_median,mp4j_min,mp4j_max,cpython_median,cpython_min,cpython_max,"
            + "ratio,ratio_low,ratio_high,verdict,noisy,load1_at_start,mp4j_runs,cpython_runs";

    private RowCsv() {}

    /** Writes {@code rows} to {@code file}, replacing it; makes its directory if missing. */
    static void write(List<Row> rows, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Files.write(file, lines(rows), StandardCharsets.UTF_8);
    }

    static List<String> lines(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Row r : rows) {
            Compare.Workload w = r.workload();
            Samples c = r.cpython();
            lines.add(String.join(",",
                    w.row(), w.unit(), Boolean.toString(w.higherIsBetter()), number(w.target()),
                    Integer.toString(r.mp4j().count()),
                    number(r.mp4j().median()), number(r.mp4j().min()), number(r.mp4j().max()),
                    c == null ? "" : number(c.median()), c == null ? "" : number(c.min()), c == null ? "" : number(c.max()),
                    number(r.ratio()), number(r.ratioLow()), number(r.ratioHigh()),
                    r.verdict().label, Boolean.toString(r.noisy()), number(r.load1()),
                    r.mp4j().joined(), c == null ? "" : c.joined()));
        }
        return lines;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }
}
