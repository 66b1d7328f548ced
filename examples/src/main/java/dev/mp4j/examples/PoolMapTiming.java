package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "map() — Parallel Map": ten slow squares, first one
 * after the other, then with {@code map} on a pool of four workers; both times are measured,
 * the pool's including its start and stop, as in the seed.
 *
 * <pre>
 * Sequential: 1.00s
 * Parallel: 0.35s
 * [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
 * </pre>
 *
 * Under spawn the parallel time includes starting four JVMs, which can cost more than the
 * sleeps it saves.
 */
final class PoolMapTiming implements Example {

    /** The seed sleeps 0.5 s a number; a fifth of that keeps the example short. */
    private static final long SLEEP_MILLIS = 100;

    @Override
    public String name() {
        return "pool-map-timing";
    }

    @Override
    public String description() {
        return "ten slow squares with a loop, then with Pool(4).map; both times measured";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int slowSquare(int x) throws InterruptedException {
        Thread.sleep(SLEEP_MILLIS);
        return x * x;
    }

    @Override
    public void run(Context context, List<String> args) throws InterruptedException {
        ExampleArguments.none(this, args);
        List<Integer> numbers = IntStream.range(0, 10).boxed().toList();

        // Sequential
        long start = System.nanoTime();
        List<Integer> results = new ArrayList<>();
        for (int x : numbers) {
            results.add(slowSquare(x));
        }
        System.out.println(String.format(Locale.ROOT, "Sequential: %.2fs", (System.nanoTime() - start) / 1e9));

        // Parallel
        start = System.nanoTime();
        try (Pool pool = new Pool(context, 4)) {
            results = pool.map(PoolMapTiming::slowSquare, numbers);
        }
        System.out.println(String.format(Locale.ROOT, "Parallel: %.2fs", (System.nanoTime() - start) / 1e9));
        System.out.println(results);
    }
}
