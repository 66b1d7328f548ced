package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.internal.spawn.AotCache;
import dev.mp4j.core.internal.spawn.StartupPhases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code startup [--runs n]}: where a spawn child's start-up goes, phase by phase, as the
 * medians over {@code n} start+join of a no-op process (after two unmeasured ones). The
 * child notes each phase's end on the machine's one monotonic clock ({@link StartupPhases});
 * this process notes the moment before {@code start()} and the return of {@code join()}.
 */
public final class StartupBreakdown {

    /** Each phase, and the mark that ends it; the first starts at {@code start()}. */
    private static final List<String[]> PHASES = List.of(
            new String[] {"launch and JVM boot, to ChildMain.main", "boot"},
            new String[] {"read the authkey from stdin", "authkey"},
            new String[] {"connect the control socket", "connect"},
            new String[] {"handshake (both ways)", "handshake"},
            new String[] {"receive the start request", "request"},
            new String[] {"deserialize it (the target)", "deserialize"},
            new String[] {"register the process", "registry"},
            new String[] {"run the target", "run"},
            new String[] {"exit, seen by join()", "joined"});

    private StartupBreakdown() {}

    /** Runs the breakdown and prints it; the exit code. */
    public static int run(String[] args) throws IOException {
        if (!(args.length == 0 || args.length == 2 && args[0].equals("--runs") && args[1].matches("[1-9]\\d{0,5}"))) {
            System.err.println("usage: startup [--runs <n>], n a whole number from 1");
            return 2;
        }
        int runs = args.length == 2 ? Integer.parseInt(args[1]) : 20;
        Path file = Files.createTempFile("mp4j-startup-", ".txt");
        try {
            System.setProperty(StartupPhases.PROPERTY, file.toString());
            Context spawn = Context.spawn();
            Map<String, double[]> millis = new LinkedHashMap<>();
            PHASES.forEach(p -> millis.put(p[1], new double[runs]));
            double[] total = new double[runs];
            for (int i = -2; i < runs; i++) {
                Files.writeString(file, "");
                long start = System.nanoTime();
                Process p = new Process(spawn, StartupBreakdown::noop);
                p.start();
                p.join();
                long joined = System.nanoTime();
                if (i < 0) {
                    continue;
                }
                Map<String, Long> marks = parse(Files.readString(file).strip());
                marks.put("joined", joined);
                long previous = start;
                for (String[] phase : PHASES) {
                    long at = marks.get(phase[1]);
                    millis.get(phase[1])[i] = (at - previous) / 1e6;
                    previous = at;
                }
                total[i] = (joined - start) / 1e6;
            }
            System.out.printf("# spawn child start-up, medians of %d runs, ms (AOT cache for children: %s)%n", runs,
                    AotCache.file(List.of()).map(f -> Files.exists(f) ? "used" : "not built yet").orElse("off"));
            for (String[] phase : PHASES) {
                System.out.printf("%-42s %8.2f%n", phase[0], Samples.median(millis.get(phase[1])));
            }
            System.out.printf("%-42s %8.2f%n", "start() to the return of join()", Samples.median(total));
            return 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Map<String, Long> parse(String line) {
        Map<String, Long> marks = new HashMap<>();
        for (String pair : line.split(" ")) {
            String[] kv = pair.split("=");
            marks.put(kv[0], Long.parseLong(kv[1]));
        }
        return marks;
    }

    static void noop() {
        // Nothing: only the start-up is measured.
    }
}
