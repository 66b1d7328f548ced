package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Default Worker Count": a pool made without a count
 * has {@link Context#cpuCount()} workers; one made with a count has that many.
 *
 * <pre>
 * Workers: 2
 * </pre>
 */
final class PoolDefaultWorkers implements Example {

    @Override
    public String name() {
        return "pool-default-workers";
    }

    @Override
    public String description() {
        return "Pool() has cpuCount() workers; Pool(8) has eight";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        // Default: uses cpuCount() workers (Python reads the private pool._processes).
        try (Pool pool = new Pool(context)) {
            System.out.println("Workers: " + pool.processes());
        }
        // Explicit count: the eight workers start, and stop again with the pool.
        try (Pool _ = new Pool(context, 8)) {
            // pass
        }
    }
}
