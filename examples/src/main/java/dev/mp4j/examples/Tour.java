package dev.mp4j.examples;

import dev.mp4j.core.Context;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The short tour that the jar runs without arguments: a selection of examples, each under
 * the threads context and then under the spawn context, each introduced by a header line.
 */
final class Tour {

    /** One stop: an example and the arguments it runs with. */
    private record Stop(String example, List<String> args) {}

    /*
     * value-race gets a count large enough that the lost updates show under both contexts:
     * with the seed's 1000 the child JVMs barely overlap.
     */
    private static final List<Stop> STOPS = List.of(
            new Stop("process-squares", List.of()),
            new Stop("process-info", List.of()),
            new Stop("fork-forkserver", List.of()),
            new Stop("value-race", List.of("100000")),
            new Stop("value-lock", List.of()),
            new Stop("lock-plain-list", List.of()),
            new Stop("lock-print", List.of()),
            new Stop("value-array", List.of()),
            new Stop("shared-memory", List.of()),
            new Stop("pool-cubes", List.of()),
            new Stop("pool-starmap", List.of()),
            new Stop("pool-check-urls", List.of()),
            new Stop("exercise-safe-divide", List.of()),
            new Stop("semaphore-pool", List.of()),
            new Stop("barrier-phases", List.of()),
            // Queues and connections
            new Stop("queue-sentinel", List.of()),
            new Stop("queue-list", List.of()),
            new Stop("pipe-hello", List.of()),
            new Stop("listener-client", List.of()));

    private static final List<Context> CONTEXTS = List.of(Context.threads(), Context.spawn());

    private Tour() {}

    /** Runs every stop under both contexts, printing to {@code out}. */
    static void run(PrintStream out) throws Exception {
        out.println("mp4j examples tour on Java " + Runtime.version()
                + " (" + System.getProperty("java.vm.vendor") + ")");
        out.println("Each example runs with threads as workers, then with child JVMs as workers.");
        long tourStart = System.nanoTime();
        for (Stop stop : STOPS) {
            Example example = Examples.byName(stop.example()).orElseThrow();
            for (Context context : CONTEXTS) {
                out.println();
                out.println("=== " + example.name() + " --context=" + context.name()
                        + stop.args().stream().map(a -> " " + a).collect(Collectors.joining())
                        + ": " + example.description() + " (" + origin(example) + ")");
                long start = System.nanoTime();
                example.run(context, stop.args());
                out.println("    (" + millisSince(start) + " ms)");
            }
        }
        out.println();
        out.println("Tour complete in " + millisSince(tourStart) + " ms. 'list' names every example;"
                + " '<name> --context=threads|spawn' runs one.");
        // Left out of the tour: each starts three Ignite node JVMs, some ten seconds and a few hundred MiB.
        out.println("On a cluster: 'cluster-pool' and 'cluster-queue' start three Apache Ignite nodes on loopback"
                + " and run the same API there.");
    }

    private static String origin(Example example) {
        return example.seedFile().equals(Example.NO_SEED) ? "no seed: from the Python docs" : "seed " + example.seedFile();
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
