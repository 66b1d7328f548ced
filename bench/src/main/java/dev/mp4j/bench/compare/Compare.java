package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The {@code compare} command: runs mp4j's workloads, then mp4j's copy of the CPython peer
 * benchmark with {@code spawn} and with {@code fork}, and prints both side by side.
 * {@code spawn.*} rows compare with CPython's spawn, {@code threads.*} rows with its fork
 * (a worker that starts warm, with its parent's state, as a thread does).
 *
 * <p>Options: {@code --no-python} skips CPython; {@code --only <prefix>} keeps the rows whose
 * name starts with the prefix; {@code --jvm-option <option>} (repeatable) adds an option to
 * every spawn-context child JVM, to try start-up flags without rebuilding mp4j.
 */
public final class Compare {

    /**
     * A workload: how mp4j measures it, which CPython line it faces, and its target ratio.
     *
     * @param target the least ratio the row should reach, or NaN for none
     */
    record Workload(String context, String name, String pythonName, String unit,
                    boolean higherIsBetter, double target, ToDoubleFunction<Context> measure) {
        String row() {
            return context + "." + name;
        }
    }

    private static final List<Workload> WORKLOADS = List.of(
            new Workload("spawn", "process_start_join", "process_start_join_median", "ms", false, 1,
                    ProcessStartJoin::medianMillis),
            new Workload("spawn", "locked_counter_2x100k", "locked_counter_2x100k", "incr/s", true, 5,
                    LockedCounter::incrementsPerSecond),
            new Workload("spawn", "lock_pingpong", "value_turn_pingpong", "us/roundtrip", false, 1,
                    LockPingPong::microsPerRoundTrip),
            new Workload("threads", "process_start_join", "process_start_join_median", "ms", false, 20,
                    ProcessStartJoin::medianMillis),
            new Workload("threads", "locked_counter_2x100k", "locked_counter_2x100k", "incr/s", true, 5,
                    LockedCounter::incrementsPerSecond),
            new Workload("threads", "lock_pingpong", "value_turn_pingpong", "us/roundtrip", false, Double.NaN,
                    LockPingPong::microsPerRoundTrip),
            new Workload("spawn", "array_sum_parallel", "array_sum_parallel", "ms", false, 20,
                    ArraySumParallel::millis),
            new Workload("spawn", "create_10k_values", "create_10k_values_median", "ms", false, 1,
                    ValueCreation::medianMillis),
            new Workload("spawn", "pool_apply_async_20k", "pool_apply_async_20k", "tasks/s", true, 10,
                    PoolWorkloads::applyAsyncPerSecond),
            new Workload("threads", "pool_apply_async_20k", "pool_apply_async_20k", "tasks/s", true, 30,
                    PoolWorkloads::applyAsyncPerSecond),
            new Workload("spawn", "pool_map_1M_tiny", "pool_map_1M_tiny", "items/s", true, 1,
                    PoolWorkloads::mapTinyPerSecond),
            new Workload("threads", "pool_map_1M_tiny", "pool_map_1M_tiny", "items/s", true, 5,
                    PoolWorkloads::mapTinyPerSecond),
            new Workload("spawn", "pool_imap_unordered_200k_c64", "pool_imap_unordered_200k_c64", "items/s", true, 2,
                    PoolWorkloads::imapUnorderedPerSecond),
            new Workload("spawn", "pool_apply_sync_roundtrip", "pool_apply_sync_roundtrip", "us", false, 5,
                    PoolWorkloads::applyRoundTripMicros),
            new Workload("spawn", "pool2_lifecycle", "pool2_lifecycle_median", "ms", false, 1,
                    PoolWorkloads::lifecycleMedianMillis),
            new Workload("spawn", "pool_idle_worker_rss", "pool_idle_worker_rss", "MiB", false, Double.NaN,
                    PoolWorkloads::idleWorkerRssMiB),
            new Workload("spawn", "event_wake_latency", "event_wake_latency_median", "us", false, 1,
                    EventWakeLatency::medianMicros),
            new Workload("spawn", "semaphore_pingpong", "semaphore_pingpong", "us/roundtrip", false, 1,
                    SemaphorePingPong::microsPerRoundTrip),
            new Workload("spawn", "barrier_round", "barrier_round_2", "rounds/s", true, 1,
                    BarrierRounds::roundsPerSecond),
            new Workload("threads", "barrier_round", "barrier_round_2", "rounds/s", true, 20,
                    BarrierRounds::roundsPerSecond),
            new Workload("spawn", "queue_1to1_100k", "queue_1to1_100k", "msgs/s", true, 10,
                    QueueThroughput::oneToOne),
            new Workload("spawn", "queue_4to1_100k", "queue_4to1_100k", "msgs/s", true, 5,
                    QueueThroughput::fourToOne),
            new Workload("spawn", "simplequeue_1to1_100k", "simplequeue_1to1_100k", "msgs/s", true, 10,
                    QueueThroughput::simpleOneToOne),
            new Workload("threads", "queue_1to1_100k", "queue_1to1_100k", "msgs/s", true, 20,
                    QueueThroughput::oneToOne));

    private Compare() {}

    /** Runs the command; returns the exit status (2 for bad arguments). */
    public static int run(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options == null) {
            System.err.println("compare: bad arguments; use [--no-python] [--only <prefix>] [--jvm-option <option>]...");
            return 2;
        }
        List<Workload> selected = WORKLOADS.stream().filter(w -> w.row().startsWith(options.only())).toList();
        if (selected.isEmpty()) {
            System.err.println("compare: no row starts with '" + options.only() + "'");
            return 2;
        }
        System.out.println("# mp4j on Java " + Runtime.version() + ", " + Context.cpuCount() + " CPUs"
                + (options.jvmOptions().isEmpty() ? "" : ", child JVM options " + options.jvmOptions()));
        Map<Workload, Double> mp4j = measure(selected, options.spawnContext());
        Map<String, Map<String, Double>> cpython = options.python() ? runCPython(selected) : Map.of();
        if (!options.python()) {
            System.out.println("# CPython side skipped (--no-python)");
        }
        RowPrinter printer = new RowPrinter();
        for (Workload w : selected) {
            Map<String, Double> figures = cpython.getOrDefault(CPythonRunner.methodFor(w.context()), Map.of());
            printer.print(w, mp4j.get(w), figures.get(w.pythonName()));
        }
        printer.printTargets();
        return 0;
    }

    private static Map<Workload, Double> measure(List<Workload> selected, Context spawn) {
        Map<Workload, Double> figures = new HashMap<>();
        boolean spawnWarm = false;
        for (Workload w : selected) {
            Context ctx = w.context().equals("spawn") ? spawn : Context.threads();
            if (ctx.kind() == Context.Kind.SPAWN && !spawnWarm) {
                // The parent's side of starting a child (launch, serialization, sockets) is
                // warmed by one discarded start+join, as CPython's parent is warm from its
                // earlier rows. Each child JVM stays cold, as each CPython spawn child is a
                // fresh interpreter that re-imports the script.
                Process p = new Process(ctx, ProcessStartJoin::noop);
                p.start();
                p.join();
                Checks.exitedNormally(p);
                spawnWarm = true;
            } else if (ctx.kind() == Context.Kind.THREADS) {
                // One discarded round lets the JIT compile the workload. CPython's fork
                // worker runs precompiled C from its first instruction, with its parent's
                // state already loaded: the warm thread is its fair counterpart.
                w.measure().applyAsDouble(ctx);
            }
            figures.put(w, w.measure().applyAsDouble(ctx));
        }
        return figures;
    }

    /** Figures by start method, then by CPython workload name; empty if python3 cannot run. */
    private static Map<String, Map<String, Double>> runCPython(List<Workload> selected) throws Exception {
        Map<String, Map<String, Double>> figures = new HashMap<>();
        try (CPythonRunner runner = CPythonRunner.find()) {
            if (runner != null) {
                List<String> methods = CPythonRunner.methodsFor(selected.stream().map(Workload::context).toList());
                System.out.println("# CPython: " + runner.version() + ", start methods " + methods);
                for (String method : methods) {
                    figures.put(method, runner.run(method));
                }
            }
        }
        return figures;
    }

    /** The command line of {@code compare}. */
    private record Options(boolean python, String only, List<String> jvmOptions) {

        /** The options, or {@code null} if the arguments are malformed. */
        static Options parse(String[] args) {
            boolean python = true;
            String only = "";
            List<String> jvmOptions = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--no-python")) {
                    python = false;
                } else if ((arg.equals("--only") || arg.equals("--jvm-option")) && i + 1 < args.length) {
                    if (arg.equals("--only")) {
                        only = args[++i];
                    } else {
                        jvmOptions.add(args[++i]);
                    }
                } else {
                    return null;
                }
            }
            return new Options(python, only, jvmOptions);
        }

        Context spawnContext() {
            return jvmOptions.isEmpty() ? Context.spawn() : Context.spawn().withJvmOptions(jvmOptions.toArray(String[]::new));
        }
    }
}
