package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code compare}.
 *
 * @param repeat how many mp4j/CPython pairs of runs each row makes
 * @param csv where the rows are written
 * @param chart where the PNG chart of the ratios is drawn
 */
record CompareOptions(boolean python, String only, List<String> jvmOptions, int repeat, Path csv, Path chart) {

    static final String USAGE = "[--no-python] [--only <prefix>] [--repeat <n>] [--csv <file>] [--chart <file.png>]"
            + " [--jvm-option <option>]...";
    static final int DEFAULT_REPEAT = 3;

    /**
     * The options of {@code args}.
     *
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    static CompareOptions parse(String[] args) {
        boolean python = true;
        String only = "";
        List<String> jvmOptions = new ArrayList<>();
        int repeat = DEFAULT_REPEAT;
        Path csv = null;
        Path chart = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-python")) {
                python = false;
                continue;
            }
            if (!List.of("--only", "--repeat", "--csv", "--chart", "--jvm-option").contains(arg)) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--only" -> only = value;
                case "--repeat" -> repeat = positive(arg, value);
                case "--csv" -> csv = Path.of(value);
                case "--chart" -> chart = png(value);
                default -> jvmOptions.add(value);
            }
        }
        Path dir = outputDirectory();
        return new CompareOptions(python, only, List.copyOf(jvmOptions), repeat,
                csv != null ? csv : dir.resolve("compare.csv"),
                chart != null ? chart : dir.resolve("compare-chart.png"));
    }

    Context spawnContext() {
        return jvmOptions.isEmpty() ? Context.spawn() : Context.spawn().withJvmOptions(jvmOptions.toArray(String[]::new));
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the value that was given.
        }
        throw new IllegalArgumentException(option + " takes a whole number from 1 up, not '" + value + "'");
    }

    private static Path png(String value) {
        if (!value.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new IllegalArgumentException("--chart draws a PNG: its file name must end in .png, not '" + value + "'");
        }
        return Path.of(value);
    }

    /*
     * Beside mp4j-bench.jar (bench/target when run from a build), so that the outputs of a
     * run are build outputs, gone with mvn clean; the working directory where that place is
     * unknown. A run meant for the repository names its files.
     */
    private static Path outputDirectory() {
        try {
            Path codeSource = Path.of(CompareOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = codeSource.getParent();
            if (dir != null && Files.isDirectory(dir)) {
                return dir;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No code source to stand beside: use the working directory.
        }
        return Path.of("");
    }
}
