package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Args2;
import dev.mp4j.pool.Pool;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Process Pool and starmap for Multiple Arguments":
 * {@code starmap} calls a two-argument function on each pair.
 *
 * <pre>
 * Results: [2, 12, 30]
 * </pre>
 */
final class PoolStarmap implements Example {

    @Override
    public String name() {
        return "pool-starmap";
    }

    @Override
    public String description() {
        return "starmap unpacks pairs into a two-argument function";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    static int multiply(int a, int b) {
        return a * b;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Args2<Integer, Integer>> data = List.of(Args2.of(1, 2), Args2.of(3, 4), Args2.of(5, 6));
        List<Integer> results;
        try (Pool pool = new Pool(context, 3)) {
            results = pool.starmap(PoolStarmap::multiply, data);
        }
        System.out.println("Results: " + results);
    }
}
