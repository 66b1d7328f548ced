package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.MapOptions;
import dev.mp4j.pool.Pool;
import dev.mp4j.pool.ProgressBar;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "map_async() with Progress Tracking" and
 * "map_async() — Asynchronous Map": the work is
 * submitted at once, the main thread polls {@code ready()} (waiting with
 * {@code await(Duration)}, not sleeping) and a {@link ProgressBar} shows items done, rate
 * and ETA, redrawn in place on a terminal.
 *
 * <pre>
 * Processing 20 items asynchronously...
 * Tasks submitted, doing other work...
 * Still working...
 * cubes [####................]  20%  4/20  failed 0  ...
 * ...
 * All tasks completed!
 *  First 5 results: [0, 1, 8, 27, 64]
 * [0, 1, 8, 27, 64, 125, ..., 6859]
 * </pre>
 */
final class MapAsyncProgress implements Example {

    @Override
    public String name() {
        return "map-async-progress";
    }

    @Override
    public String description() {
        return "mapAsync polled with ready() while a progress bar shows rate and ETA";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int heavyComputation(int x) throws InterruptedException {
        Thread.sleep(100); // the seed's CPU-intensive stand-in
        return x * x * x;
    }

    @Override
    public void run(Context context, List<String> args) {
        int n = ExampleArguments.count(this, args, 20);
        List<Integer> numbers = IntStream.range(0, n).boxed().toList();
        System.out.println("Processing " + n + " items asynchronously...");
        try (Pool pool = new Pool(context, 4)) {
            AsyncResult<List<Integer>> result = pool.mapAsync(MapAsyncProgress::heavyComputation, numbers,
                    MapOptions.defaults().chunksize(1).progress(new ProgressBar("cubes")));
            System.out.println("Tasks submitted, doing other work...");
            while (!result.ready()) {
                System.out.println("Still working...");
                result.await(Duration.ofMillis(500));
            }
            List<Integer> finalResults = result.get();
            System.out.println("All tasks completed!");
            System.out.println(" First 5 results: " + finalResults.subList(0, Math.min(5, n)));
            System.out.println(finalResults); // the seed's map_async() section prints them all
        }
    }
}
