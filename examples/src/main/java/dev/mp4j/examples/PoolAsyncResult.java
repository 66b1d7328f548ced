package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.Pool;
import java.time.Duration;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "AsyncResult Object": {@code ready()} says whether
 * the result is in, {@code await(timeout)} (Python's {@code wait}) waits at most that long,
 * and {@code get(timeout)} waits for the result itself.
 *
 * <pre>
 * Ready: false
 * Ready after wait: false
 * Result: 100
 * </pre>
 */
final class PoolAsyncResult implements Example {

    /**
     * The seed's task sleeps 2 s and its wait lasts 1 s; a fifth of each keeps the example
     * short, and the wait still ends before the task.
     */
    private static final long TASK_MILLIS = 400;
    private static final Duration WAIT = Duration.ofMillis(200);

    @Override
    public String name() {
        return "pool-async-result";
    }

    @Override
    public String description() {
        return "AsyncResult: ready(), await(timeout) and get(timeout)";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int slowTask(int x) throws InterruptedException {
        Thread.sleep(TASK_MILLIS);
        return x * x;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        try (Pool pool = new Pool(context, 4)) {
            AsyncResult<Integer> asyncResult = pool.applyAsync(() -> slowTask(10));
            // Check if complete
            System.out.println("Ready: " + asyncResult.ready());
            // Wait with timeout
            asyncResult.await(WAIT);
            System.out.println("Ready after wait: " + asyncResult.ready());
            // Check if successful (throws IllegalStateException until complete)
            // System.out.println("Successful: " + asyncResult.successful());
            // Get result (the seed waits at most 5 s; 30 here, as child JVMs may still be booting)
            int result = asyncResult.get(Duration.ofSeconds(30));
            System.out.println("Result: " + result);
        }
    }
}
