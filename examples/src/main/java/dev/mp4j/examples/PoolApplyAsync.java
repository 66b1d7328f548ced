package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.Pool;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "apply_async() — Asynchronous Single Call":
 * {@code applyAsync} returns an {@link AsyncResult} at once; the caller does other work, then
 * {@code get()} blocks until the result is ready.
 *
 * <pre>
 * Doing other work...
 * Result: 100
 * </pre>
 */
final class PoolApplyAsync implements Example {

    /** The seed's task sleeps 1 s and its caller 0.5 s; a tenth of each keeps the example short. */
    private static final long TASK_MILLIS = 100;
    private static final long OTHER_WORK_MILLIS = 50;

    @Override
    public String name() {
        return "pool-apply-async";
    }

    @Override
    public String description() {
        return "applyAsync returns at once; get() waits for the result";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int slowCompute(int x) throws InterruptedException {
        Thread.sleep(TASK_MILLIS);
        return x * x;
    }

    @Override
    public void run(Context context, List<String> args) throws InterruptedException {
        ExampleArguments.none(this, args);
        try (Pool pool = new Pool(context, 4)) {
            // Submit task, get AsyncResult immediately
            AsyncResult<Integer> asyncResult = pool.applyAsync(() -> slowCompute(10));
            System.out.println("Doing other work...");
            Thread.sleep(OTHER_WORK_MILLIS);
            // Get result (blocks if not ready)
            int result = asyncResult.get();
            System.out.println("Result: " + result);
        }
    }
}
