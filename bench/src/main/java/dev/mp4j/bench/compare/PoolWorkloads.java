package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.MapOptions;
import dev.mp4j.pool.Pool;
import dev.mp4j.pool.ProcessPoolExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * The Pool rows (and the executor's, a face of the Pool), as the CPython scripts' pool sections: a pool of two workers, warmed by one
 * {@code map(square, range(1000))} as the script warms its pool, then one timed workload.
 */
final class PoolWorkloads {

    private static final int WORKERS = 2;

    private PoolWorkloads() {}

    static int square(int x) {
        return x * x;
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static Pool warmPool(Context ctx) {
        Pool pool = new Pool(ctx, WORKERS);
        pool.map(PoolWorkloads::square, range(1000));
        return pool;
    }

    /** Python's {@code pool2_lifecycle_median}: make a 2-worker pool, a first tiny map, close; ms. */
    static double lifecycleMedianMillis(Context ctx) {
        return lifecycleMedianMillis(ctx, () -> {});
    }

    /**
     * The same with two spare JVMs ready at each pool's start (waited for off the clock, as
     * {@code spawn.process_start_join_spares} does): its twin is CPython's forkserver.
     */
    static double lifecycleWithSparesMedianMillis(Context ctx) {
        Context spares = ctx.withSpares(WORKERS);
        double median = lifecycleMedianMillis(spares, () -> ProcessStartJoin.awaitSpares(spares, WORKERS));
        ProcessStartJoin.awaitSpares(spares, WORKERS);
        return median;
    }

    private static double lifecycleMedianMillis(Context ctx, Runnable beforeEachRun) {
        double[] millis = new double[5];
        List<Integer> ten = range(10);
        for (int i = 0; i < millis.length; i++) {
            beforeEachRun.run();
            long t = System.nanoTime();
            try (Pool pool = new Pool(ctx, WORKERS)) {
                pool.map(PoolWorkloads::square, ten);
            }
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        return Samples.median(millis);
    }

    /** Python's {@code pool_map_1M_tiny}: one map of a million squares, default chunksize; items/s. */
    static double mapTinyPerSecond(Context ctx) {
        List<Integer> items = range(1_000_000);
        try (Pool pool = warmPool(ctx)) {
            long t = System.nanoTime();
            List<Integer> r = pool.map(PoolWorkloads::square, items);
            double seconds = (System.nanoTime() - t) / 1e9;
            if (r.getLast() != 999_999 * 999_999) {
                throw new IllegalStateException("wrong last square: " + r.getLast());
            }
            return items.size() / seconds;
        }
    }

    /** Python's {@code pool_apply_async_20k}: 20k applyAsync, then every get; tasks/s. */
    static double applyAsyncPerSecond(Context ctx) {
        int n = 20_000;
        try (Pool pool = warmPool(ctx)) {
            long t = System.nanoTime();
            List<AsyncResult<Integer>> results = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int x = i;
                results.add(pool.applyAsync(() -> square(x)));
            }
            for (AsyncResult<Integer> r : results) {
                r.get();
            }
            return n / ((System.nanoTime() - t) / 1e9);
        }
    }

    /**
     * Python's {@code executor_submit_20k}: a ProcessPoolExecutor of two workers warmed by one
     * map of 1000 squares, then 20k submits and every result; tasks/s.
     */
    static double executorSubmitPerSecond(Context ctx) {
        int n = 20_000;
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(ctx, WORKERS)) {
            executor.map(PoolWorkloads::square, range(1000)).forEachRemaining(x -> { });
            long t = System.nanoTime();
            List<CompletableFuture<Integer>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int x = i;
                futures.add(executor.submit(() -> square(x)));
            }
            for (CompletableFuture<Integer> f : futures) {
                f.join();
            }
            return n / ((System.nanoTime() - t) / 1e9);
        }
    }

    /** Python's {@code pool_imap_unordered_200k_c64}: the sum of 200k squares, chunks of 64; items/s. */
    static double imapUnorderedPerSecond(Context ctx) {
        int n = 200_000;
        try (Pool pool = warmPool(ctx)) {
            long t = System.nanoTime();
            long sum = 0;
            for (int s : pool.<Integer, Integer>imapUnordered(PoolWorkloads::square, range(n),
                    MapOptions.defaults().chunksize(64)).asIterable()) {
                sum += s;
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            long expected = (long) (n - 1) * n * (2L * n - 1) / 6;
            if (sum != expected) {
                // Integer squares overflow past 46340, in Java as in the check: compare in int.
                if ((int) sum != (int) expected) {
                    throw new IllegalStateException("wrong sum of squares: " + sum);
                }
            }
            return n / seconds;
        }
    }

    /** Python's {@code pool_apply_sync_roundtrip}: 5000 blocking applies; microseconds each. */
    static double applyRoundTripMicros(Context ctx) {
        int n = 5_000;
        try (Pool pool = warmPool(ctx)) {
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                int x = i;
                pool.apply(() -> square(x));
            }
            return (System.nanoTime() - t) / 1e3 / n;
        }
    }

    /** The resident memory of one idle spawn worker after one task, in MiB (Linux /proc). */
    static double idleWorkerRssMiB(Context ctx) {
        try (Pool pool = new Pool(ctx, 1)) {
            long pid = pool.apply(() -> ProcessHandle.current().pid());
            if (ctx.kind() != Context.Kind.SPAWN) {
                return Double.NaN;
            }
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
            return Double.NaN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
