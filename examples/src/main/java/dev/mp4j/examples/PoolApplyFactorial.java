package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Using apply() to Calculate Factorial": each
 * {@code apply} blocks until its worker has computed one factorial.
 *
 * <pre>
 * Factorial results: [24, 120, 720, 5040]
 * </pre>
 */
final class PoolApplyFactorial implements Example {

    @Override
    public String name() {
        return "pool-apply-factorial";
    }

    @Override
    public String description() {
        return "apply() blocks for each factorial in turn";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    static long factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Long> results = new ArrayList<>();
        try (Pool pool = new Pool(context, 4)) {
            for (int n : List.of(4, 5, 6, 7)) {
                results.add(pool.apply(() -> factorial(n)));
            }
        }
        System.out.println("Factorial results: " + results);
    }
}
