package dev.mp4j.bench;

import dev.mp4j.bench.compare.Compare;
import dev.mp4j.bench.compare.StartupBreakdown;
import java.util.Arrays;

/**
 * The entry point of {@code mp4j-bench.jar}.
 *
 * <pre>{@code
 * java -jar mp4j-bench.jar compare [--no-python] [--only <prefix>] [--repeat <n>]
 *                                  [--csv <file>] [--chart <file.png>] [--jvm-option <option>]...
 * java -jar mp4j-bench.jar jmh [JMH options, e.g. LockBenchmark -f 1 -wi 3 -i 5]
 * java -jar mp4j-bench.jar startup [--spares] [--runs n]
 * }</pre>
 *
 * <p>{@code compare} runs mp4j and CPython's {@code multiprocessing} on the same workloads,
 * interleaved, prints them side by side and writes them as a CSV and a chart; {@code jmh}
 * hands its arguments to JMH's own main; {@code startup} breaks a spawn child's start-up into
 * its phases.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "compare" -> System.exit(Compare.run(rest));
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            case "startup" -> System.exit(StartupBreakdown.run(rest));
            default -> {
                System.err.println("unknown command '" + args[0] + "'");
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        System.out.println("""
                usage: java -jar mp4j-bench.jar <command>
                  compare [--no-python] [--only <prefix>] [--repeat <n>] [--csv <file>] [--chart <file.png>]
                          [--jvm-option <option>]...
                          mp4j next to CPython multiprocessing, one line per workload: both medians
                          [min..max] over interleaved runs (mp4j, CPython, mp4j, ...), the ratio of
                          the medians (> 1: mp4j is x times better), the target and the verdict
                          --no-python      skip the CPython side
                          --only <prefix>  only rows whose name starts with it, e.g. threads.
                          --repeat <n>     pairs of runs a row (default 3)
                          --csv <file>     where the rows go (default compare.csv beside the jar)
                          --chart <f.png>  the chart of the ratios (default compare-chart.png beside the jar)
                          --jvm-option <o> an extra option for spawn-context child JVMs
                  jmh [args]   JMH's own command line, e.g. jmh LockBenchmark -f 1 -wi 3 -i 5
                  startup [--spares] [--runs <n>]
                          a spawn child's start-up, phase by phase (medians of n runs, 20 by default)""");
    }
}
