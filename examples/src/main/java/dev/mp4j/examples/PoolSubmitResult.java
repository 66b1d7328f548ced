package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.Pool;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Example: Simulating submit and result":
 * {@code applyAsync} is the pool's {@code submit}, {@code AsyncResult.get()} its {@code result()}.
 * The four slow tasks run side by side, so the whole takes about one task's time.
 *
 * <pre>
 * Result for task 0: 0
 * Result for task 1: 1
 * Result for task 2: 4
 * Result for task 3: 9
 * </pre>
 */
final class PoolSubmitResult implements Example {

    @Override
    public String name() {
        return "pool-submit-result";
    }

    @Override
    public String description() {
        return "applyAsync as submit, AsyncResult.get() as result: four slow squares side by side";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    static int longTask(int n) throws InterruptedException {
        Thread.sleep(300); // the seed's 1 s computation, shortened
        return n * n;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        try (Pool pool = new Pool(context, 4)) {
            List<AsyncResult<Integer>> asyncResults = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                asyncResults.add(pool.applyAsync(() -> longTask(n)));
            }
            // The seed reads them after its with-block has terminated the pool (in Python get()
            // then waits forever); the port reads them while the pool is open, as meant.
            for (int i = 0; i < asyncResults.size(); i++) {
                System.out.println("Result for task " + i + ": " + asyncResults.get(i).get());
            }
        }
    }
}
