package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Error Callback with apply_async" and "apply_async()
 * with Callbacks": the callback gets each result, the error callback each exception; they
 * run in the pool's own thread, in the parent, before the result is ready.
 *
 * <pre>
 * Success: 25
 * Error: Negative!
 *  ✓ Success: 5! = 120
 * ...
 * </pre>
 */
final class PoolCallbacks implements Example {

    @Override
    public String name() {
        return "pool-callbacks";
    }

    @Override
    public String description() {
        return "applyAsync with a success callback and an error callback";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int task(int x) {
        if (x < 0) {
            throw new IllegalArgumentException("Negative!");
        }
        return x * x;
    }

    static String factorial(int n) {
        java.math.BigInteger f = java.math.BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(java.math.BigInteger.valueOf(i));
        }
        return n + "! = " + f;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Pool pool = new Pool(context, 4);
        pool.applyAsync(() -> task(5), r -> System.out.println("Success: " + r),
                e -> System.out.println("Error: " + e.getMessage()));
        pool.applyAsync(() -> task(-1), r -> System.out.println("Success: " + r),
                e -> System.out.println("Error: " + e.getMessage()));
        pool.shutdown();
        pool.join();

        try (Pool three = new Pool(context, 3)) {
            for (int n : List.of(5, 10, 15, 20)) {
                three.applyAsync(() -> factorial(n), r -> System.out.println(" ✓ Success: " + r),
                        e -> System.out.println(" ✗ Error: " + e));
            }
        }
    }
}
