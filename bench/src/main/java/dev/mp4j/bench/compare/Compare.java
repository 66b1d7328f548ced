package dev.mp4j.bench.compare;

import dev.mp4j.cluster.LoopbackCluster;
import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The {@code compare} command: runs each of mp4j's workloads and its twin in mp4j's copy of
 * the CPython peer benchmark alternately, mp4j then CPython, {@code --repeat} pairs a row (so
 * that a change in the machine's load falls on both sides), and prints both medians with
 * their min–max, the ratio of the medians and the verdict against the row's target. The
 * first line gives the machine's load average, and so does the last; the rows are also
 * written as CSV and drawn as a PNG chart of the ratios.
 * {@code spawn.*} rows compare with CPython's spawn, {@code threads.*} rows with its fork
 * (a worker that starts warm, with its parent's state, as a thread does), and
 * {@code spawn.process_start_join_spares} with its forkserver (a spare JVM is mp4j's).
 *
 * <p>Options ({@link CompareOptions}): {@code --no-python} skips CPython; {@code --only
 * <prefix>} keeps the rows whose name starts with the prefix; {@code --repeat <n>} sets the
 * pairs a row (3); {@code --csv <file>} and {@code --chart <file.png>} say where the rows go
 * (beside the jar by default); {@code --jvm-option <option>} (repeatable) adds an option to
 * every spawn-context child JVM, to try start-up flags without rebuilding mp4j.
 */
public final class Compare {

    /**
     * A workload: how mp4j measures it, which CPython line it faces, and its target ratio.
     *
     * @param pythonName its CPython twin's name, or {@code null} for a row without one
     * @param target the least ratio the row should reach, or NaN for none
     * @param pythonMethod the start method of the CPython twin
     * @param parentLoop whether the parent runs a hot loop of its own (a queue row's consumer),
     *        compiled by one discarded round before the first run, as the threads rows' is
     */
    record Workload(String context, String name, String pythonName, String unit,
                    boolean higherIsBetter, double target, ToDoubleFunction<Context> measure, String pythonMethod,
                    boolean parentLoop) {
        /** A row whose twin runs with {@code pythonMethod}. */
        Workload(String context, String name, String pythonName, String unit,
                 boolean higherIsBetter, double target, ToDoubleFunction<Context> measure, String pythonMethod) {
            this(context, name, pythonName, unit, higherIsBetter, target, measure, pythonMethod, false);
        }

        /** A row whose twin runs with its context's start method ({@link CPythonRunner#methodFor}). */
        Workload(String context, String name, String pythonName, String unit,
                 boolean higherIsBetter, double target, ToDoubleFunction<Context> measure) {
            this(context, name, pythonName, unit, higherIsBetter, target, measure, CPythonRunner.methodFor(context));
        }

        /** This row, its parent's loop warmed first (see {@code parentLoop}). */
        Workload withParentLoop() {
            return new Workload(context, name, pythonName, unit, higherIsBetter, target, measure, pythonMethod, true);
        }

        String row() {
            return context + "." + name;
        }
    }

    private static final List<Workload> WORKLOADS = List.of(
            new Workload("spawn", "process_start_join", "process_start_join_median", "ms", false, 1.5,
                    ProcessStartJoin::medianMillis),
            // Spares are the JVM's forkserver: their twin is CPython's (Linux's default from 3.14).
            new Workload("spawn", "process_start_join_spares", "process_start_join_median", "ms", false, 5,
                    ProcessStartJoin::medianMillisWithSpares, "forkserver"),
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
            new Workload("spawn", "executor_submit_20k", "executor_submit_20k", "tasks/s", true, 5,
                    PoolWorkloads::executorSubmitPerSecond),
            new Workload("spawn", "pool_map_1M_tiny", "pool_map_1M_tiny", "items/s", true, 1.5,
                    PoolWorkloads::mapTinyPerSecond),
            new Workload("threads", "pool_map_1M_tiny", "pool_map_1M_tiny", "items/s", true, 5,
                    PoolWorkloads::mapTinyPerSecond),
            new Workload("spawn", "pool_imap_unordered_200k_c64", "pool_imap_unordered_200k_c64", "items/s", true, 2,
                    PoolWorkloads::imapUnorderedPerSecond),
            new Workload("spawn", "pool_apply_sync_roundtrip", "pool_apply_sync_roundtrip", "us", false, 5,
                    PoolWorkloads::applyRoundTripMicros),
            new Workload("spawn", "pool2_lifecycle", "pool2_lifecycle_median", "ms", false, 1,
                    PoolWorkloads::lifecycleMedianMillis),
            new Workload("spawn", "pool2_lifecycle_spares", "pool2_lifecycle_median", "ms", false, 3,
                    PoolWorkloads::lifecycleWithSparesMedianMillis, "forkserver"),
            new Workload("spawn", "pool_idle_worker_rss", null, "MiB", false, Double.NaN,
                    PoolWorkloads::idleWorkerRssMiB),
            new Workload("spawn", "event_wake_latency", "event_wake_latency_median", "us", false, 1,
                    EventWakeLatency::medianMicros),
            new Workload("spawn", "semaphore_pingpong", "semaphore_pingpong", "us/roundtrip", false, 1,
                    SemaphorePingPong::microsPerRoundTrip),
            new Workload("spawn", "barrier_round", "barrier_round_2", "rounds/s", true, 1,
                    BarrierRounds::roundsPerSecond),
            new Workload("threads", "barrier_round", "barrier_round_2", "rounds/s", true, 20,
                    BarrierRounds::roundsPerSecond),
            new Workload("spawn", "manager_dict_set_get_10k", "manager_dict_set_get_10k", "ops/s", true, 2,
                    ManagerCalls::dictSetGetPerSecond),
            new Workload("spawn", "manager_queue_put_get_10k", "manager_queue_put_get_10k", "ops/s", true, 2,
                    ManagerCalls::queuePutGetPerSecond),
            new Workload("spawn", "queue_1to1_100k", "queue_1to1_100k", "msgs/s", true, 10,
                    QueueThroughput::oneToOne).withParentLoop(),
            new Workload("spawn", "queue_4to1_100k", "queue_4to1_100k", "msgs/s", true, 5,
                    QueueThroughput::fourToOne).withParentLoop(),
            new Workload("spawn", "simplequeue_1to1_100k", "simplequeue_1to1_100k", "msgs/s", true, 10,
                    QueueThroughput::simpleOneToOne).withParentLoop(),
            new Workload("threads", "queue_1to1_100k", "queue_1to1_100k", "msgs/s", true, 20,
                    QueueThroughput::oneToOne),
            new Workload("spawn", "pipe_roundtrip", "pipe_roundtrip_16B", "us/roundtrip", false, 2,
                    PipeTraffic::microsPerRoundTrip),
            new Workload("spawn", "pipe_bandwidth_1MiB", "pipe_bandwidth_1MiB", "GB/s", true, 4,
                    PipeTraffic::gigabytesPerSecond),
            // Three Ignite server nodes on loopback, this JVM a client: no CPython twin (Ray is not here).
            new Workload("cluster", "pool_map_1M_tiny", null, "items/s", true, Double.NaN,
                    PoolWorkloads::mapTinyPerSecond),
            new Workload("cluster", "pool_apply_async_20k", null, "tasks/s", true, Double.NaN,
                    PoolWorkloads::applyAsyncPerSecond),
            new Workload("cluster", "lock_pingpong", null, "us/roundtrip", false, Double.NaN,
                    LockPingPong::microsPerRoundTrip),
            new Workload("cluster", "queue_1to1_100k", null, "msgs/s", true, Double.NaN,
                    QueueThroughput::oneToOne),
            new Workload("cluster", "pool_map_1ms_items", null, "items/s", true, Double.NaN,
                    ClusterScaling::threeNodesPerSecond),
            new Workload("cluster", "pool_map_1ms_items_one_node", null, "items/s", true, Double.NaN,
                    ClusterScaling::oneNodePerSecond));

    private Compare() {}

    /** Runs the command; returns the exit status (2 for bad arguments). */
    public static int run(String[] args) throws Exception {
        CompareOptions options;
        try {
            options = CompareOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("compare: " + e.getMessage() + "; use " + CompareOptions.USAGE);
            return 2;
        }
        // "--only pipe" selects spawn.pipe_roundtrip as "--only spawn.pipe" does.
        List<Workload> selected = WORKLOADS.stream()
                .filter(w -> w.row().startsWith(options.only()) || w.name().startsWith(options.only())).toList();
        if (selected.isEmpty()) {
            System.err.println("compare: no row starts with '" + options.only() + "'");
            return 2;
        }
        String loadBefore = LoadAverage.describe();
        System.out.println("# load average before: " + loadBefore);
        System.out.println("# mp4j on Java " + Runtime.version() + ", " + Context.cpuCount() + " CPUs, "
                + "pairs of interleaved runs a row (mp4j, then CPython): " + options.repeat()
                + (options.jvmOptions().isEmpty() ? "" : ", child JVM options " + options.jvmOptions()));
        List<Row> rows = new ArrayList<>();
        String python;
        try (CPythonRunner runner = options.python() ? CPythonRunner.find() : null) {
            python = runner == null ? "no CPython" : runner.version();
            if (runner != null) {
                System.out.println("# CPython: " + runner.version());
            } else if (!options.python()) {
                System.out.println("# CPython side skipped (--no-python)");
            }
            RowPrinter printer = new RowPrinter();
            printer.printHeader();
            Warmer warmer = new Warmer();
            Context spawn = options.spawnContext();
            for (Workload w : selected) {
                Context ctx = switch (w.context()) {
                    case "spawn" -> spawn;
                    case "cluster" -> LoopbackCluster.shared().client().context();
                    default -> Context.threads();
                };
                Row row = measure(w, ctx, options.repeat(), runner, warmer);
                printer.print(row);
                rows.add(row);
            }
            printer.printTargets();
        }
        RowCsv.write(rows, options.csv());
        System.out.println("# rows written to " + options.csv());
        String loadAfter = LoadAverage.describe();
        String subtitle = "Java " + Runtime.version().feature() + ", " + python + ", " + Context.cpuCount() + " CPUs; "
                + "median of " + options.repeat() + " interleaved runs a side; load average " + loadBefore
                + " before, " + loadAfter + " after";
        if (RatioChart.write(rows, options.chart(), subtitle)) {
            System.out.println("# chart of the ratios drawn to " + options.chart());
        } else {
            System.out.println("# no ratios: no chart drawn");
        }
        System.out.println("# load average after: " + loadAfter);
        return 0;
    }

    /** One row: its warm-up, then {@code repeat} pairs of an mp4j run and a CPython run. */
    private static Row measure(Workload w, Context ctx, int repeat, CPythonRunner runner, Warmer warmer)
            throws Exception {
        double load = LoadAverage.oneMinute();
        warmer.warm(w, ctx);
        boolean twin = runner != null && w.pythonName() != null && runner.has(w.pythonName());
        if (runner != null && w.pythonName() != null && !twin) {
            System.out.println("# CPython has no workload " + w.pythonName() + " for " + w.row());
        }
        double[] mp4j = new double[repeat];
        List<Double> cpython = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            mp4j[i] = w.measure().applyAsDouble(ctx);
            if (twin) {
                Double figure = runner.runOnce(w.pythonMethod(), w.pythonName());
                if (figure != null) {
                    cpython.add(figure);
                }
            }
        }
        Samples theirs = cpython.isEmpty() ? null : new Samples(cpython.stream().mapToDouble(Double::doubleValue).toArray());
        return new Row(w, new Samples(mp4j), theirs, load);
    }

    /** The untimed work done before a row's first run, so that the runs measure what they say. */
    private static final class Warmer {

        private boolean spawnWarm;

        void warm(Workload w, Context ctx) {
            if (w.parentLoop()) {
                w.measure().applyAsDouble(ctx);
            }
            if (ctx.kind() == Context.Kind.SPAWN && !spawnWarm) {
                // The parent's side of starting a child (launch, serialization, sockets) is
                // warmed by one discarded start+join, so that the rows time the children.
                // Each child JVM stays cold, as each CPython spawn child is a fresh
                // interpreter that re-imports the script.
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
        }
    }
}
