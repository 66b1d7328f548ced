package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Example: Using Pool for Parallel Computation": a
 * pool of four workers squares five numbers with {@code map}.
 *
 * <pre>
 * Squared Numbers: [1, 4, 9, 16, 25]
 * </pre>
 */
final class PoolSquares implements Example {

    @Override
    public String name() {
        return "pool-squares";
    }

    @Override
    public String description() {
        return "Pool(processes=4).map squares five numbers";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    static int square(int n) {
        return n * n;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Integer> numbers = List.of(1, 2, 3, 4, 5);
        List<Integer> results;
        try (Pool pool = new Pool(context, 4)) {
            results = pool.map(PoolSquares::square, numbers);
        }
        System.out.println("Squared Numbers: " + results);
    }
}
