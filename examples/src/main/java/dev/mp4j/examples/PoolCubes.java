package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Example: Using Pool for Mapping": a pool of three
 * workers cubes five numbers with {@code map}.
 *
 * <pre>
 * Cubes: [1, 8, 27, 64, 125]
 * </pre>
 */
final class PoolCubes implements Example {

    @Override
    public String name() {
        return "pool-cubes";
    }

    @Override
    public String description() {
        return "Pool(3).map cubes five numbers";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    static int cube(int num) {
        return num * num * num;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Integer> results;
        try (Pool pool = new Pool(context, 3)) {
            results = pool.map(PoolCubes::cube, List.of(1, 2, 3, 4, 5));
        }
        System.out.println("Cubes: " + results);
    }
}
