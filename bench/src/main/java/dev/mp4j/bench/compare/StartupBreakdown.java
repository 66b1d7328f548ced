package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.internal.spawn.AotCache;
import dev.mp4j.core.internal.spawn.StartupPhases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.mp4j.core.internal.spawn.JvmCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code startup [--runs n]}: where a spawn child's start-up goes, phase by phase, as the
 * medians over {@code n} start+join of a no-op process (after two unmeasured ones). The
 * child notes each phase's end on the machine's one monotonic clock ({@link StartupPhases});
 * this process notes the moment before {@code start()} and the return of {@code join()}.
 * {@code --spares}: the same with a spare ready at each start (waited for off the clock).
 * Without it, the last line is the floor: a JVM launched as a child is, with a main that does
 * nothing.
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
            new String[] {"join its threads, flush its streams", "flushed"},
            new String[] {"send the exit code", "sent"},
            new String[] {"the parent closes the channel", "parentclosed"},
            new String[] {"System.exit, seen by join()", "joined"});

    /** With a spare, the phases before its request ran before start(). */
    private static final List<String> BOOT = List.of("boot", "authkey", "connect", "handshake");

    private StartupBreakdown() {}

    /** Runs the breakdown and prints it; the exit code. */
    public static int run(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean spares = rest.remove("--spares");
        if (!(rest.isEmpty() || rest.size() == 2 && rest.get(0).equals("--runs") && rest.get(1).matches("[1-9]\\d{0,5}"))) {
            System.err.println("usage: startup [--spares] [--runs <n>], n a whole number from 1");
            return 2;
        }
        int runs = rest.size() == 2 ? Integer.parseInt(rest.get(1)) : 20;
        List<String[]> phases = PHASES.stream().filter(p -> !spares || !BOOT.contains(p[1])).toList();
        Path file = Files.createTempFile("mp4j-startup-", ".txt");
        try {
            System.setProperty(StartupPhases.PROPERTY, file.toString());
            Context spawn = spares ? Context.spawn().withSpares(1) : Context.spawn();
            Map<String, double[]> millis = new LinkedHashMap<>();
            phases.forEach(p -> millis.put(p[1], new double[runs]));
            double[] total = new double[runs];
            for (int i = -2; i < runs; i++) {
                if (spares) {
                    ProcessStartJoin.awaitSpares(spawn, 1);
                }
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
                for (String[] phase : phases) {
                    long at = marks.get(phase[1]);
                    millis.get(phase[1])[i] = (at - previous) / 1e6;
                    previous = at;
                }
                total[i] = (joined - start) / 1e6;
            }
            System.out.printf("# spawn child start-up%s, medians of %d runs, ms (AOT cache for children: %s)%n",
                    spares ? " with a spare ready" : "", runs,
                    AotCache.file(List.of()).map(f -> Files.exists(f) ? "used" : "not built yet").orElse("off"));
            for (String[] phase : phases) {
                System.out.printf("%-42s %8.2f%n", phase[0], Samples.median(millis.get(phase[1])));
            }
            System.out.printf("%-42s %8.2f%n", "start() to the return of join()", Samples.median(total));
            if (!spares) {
                System.out.printf("%-42s %8.2f%n", "floor: an empty main launched as a child", floorMillis(runs));
            }
            return 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The median, over {@code runs}, of launching a JVM exactly as a child is launched (the same
     * launcher, flags, class path and AOT cache) whose main does nothing, to the return of its
     * {@code waitFor()}: what any child JVM costs before mp4j runs a line of it.
     */
    private static double floorMillis(int runs) throws IOException {
        List<String> options = new ArrayList<>(AotCache.childOptions(List.of()));
        List<String> command = JvmCommand.of(options, EmptyMain.class.getName(), List.of());
        double[] millis = new double[runs];
        for (int i = -2; i < runs; i++) {
            long start = System.nanoTime();
            java.lang.Process jvm = new ProcessBuilder(command).inheritIO().start();
            try {
                int code = jvm.waitFor();
                if (code != 0) {
                    throw new IllegalStateException("the empty main exited with " + code);
                }
            } catch (InterruptedException e) {
                jvm.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while timing the floor", e);
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return Samples.median(millis);
    }

    /** The main of the floor's JVM: nothing. */
    public static final class EmptyMain {
        private EmptyMain() {}

        public static void main(String[] args) {
            // Nothing: only the JVM's own start and exit are timed.
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
