package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.Pool;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "First Example: Pool.map vs Pool.apply_async":
 * {@code map} blocks until every result is in; {@code applyAsync} returns at once and the
 * results are gathered with {@code get()}. Both give the same list.
 *
 * <pre>
 * Results from map: [1, 4, 9, 16]
 * Results from apply_async: [1, 4, 9, 16]
 * </pre>
 */
final class PoolMapVsAsync implements Example {

    @Override
    public String name() {
        return "pool-map-vs-async";
    }

    @Override
    public String description() {
        return "map (blocking) and applyAsync (non-blocking) give the same squares";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    static int longTask(int n) throws InterruptedException {
        Thread.sleep(100); // the seed's slow task
        return n * n;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Integer> numbers = List.of(1, 2, 3, 4);
        List<Integer> results;
        try (Pool pool = new Pool(context, 4)) {
            results = pool.map(PoolMapVsAsync::longTask, numbers);
        }
        System.out.println("Results from map: " + results);
        List<Integer> gathered = new ArrayList<>();
        try (Pool pool = new Pool(context, 4)) {
            List<AsyncResult<Integer>> asyncResults = new ArrayList<>();
            for (int n : numbers) {
                asyncResults.add(pool.applyAsync(() -> longTask(n)));
            }
            for (AsyncResult<Integer> r : asyncResults) {
                gathered.add(r.get());
            }
        }
        System.out.println("Results from apply_async: " + gathered);
    }
}
