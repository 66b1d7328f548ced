package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Handling Exceptions": one task of a {@code map}
 * throws, and {@code map} throws that very exception in the caller. Python's ValueError is
 * Java's IllegalArgumentException.
 *
 * <pre>
 * Error: Cannot process 3
 * </pre>
 */
final class PoolExceptions implements Example {

    @Override
    public String name() {
        return "pool-exceptions";
    }

    @Override
    public String description() {
        return "a task of map throws; map throws its exception in the caller";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int riskyTask(int x) {
        if (x == 3) {
            throw new IllegalArgumentException("Cannot process " + x);
        }
        return x * x;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        try (Pool pool = new Pool(context, 4)) {
            try {
                // The task's exception is thrown once every chunk is done
                List<Integer> results = pool.map(PoolExceptions::riskyTask, List.of(1, 2, 3, 4, 5));
                System.out.println(results);
            } catch (IllegalArgumentException e) {
                System.out.println("Error: " + e.getMessage());
            }
        }
    }
}
