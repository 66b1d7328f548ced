package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "apply() — Single Function Call": {@code apply} runs
 * one call in a worker and blocks until its result is ready.
 *
 * <pre>
 * 6
 * </pre>
 */
final class PoolApply implements Example {

    @Override
    public String name() {
        return "pool-apply";
    }

    @Override
    public String description() {
        return "apply runs compute(1, 2, 3) in a worker and waits for it";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int compute(int x, int y, int z) {
        return x + y + z;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        try (Pool pool = new Pool(context, 4)) {
            // apply() blocks until result ready (Python: args=(1, 2, 3))
            int result = pool.apply(() -> compute(1, 2, 3));
            System.out.println(result);
        }
    }
}
