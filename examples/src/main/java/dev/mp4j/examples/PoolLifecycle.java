package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.ProcessError;
import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.Pool;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Pool Lifecycle" and "terminate() vs close()":
 * {@code shutdown()} (Python's {@code close()}) lets submitted work finish and {@code join()}
 * waits for the workers; {@code terminate()} stops them at once, and a result that was not
 * ready fails instead of never arriving. Java's try-with-resources {@code close()} waits for
 * the submitted work, like {@code ExecutorService.close()}.
 *
 * <pre>
 * [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
 * close() + join(): workers finished the submitted work and exited
 * terminate(): pending result failed: the pool was terminated before this task finished
 * terminate() + join(): workers stopped at once
 * with try-with-resources: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
 * </pre>
 */
final class PoolLifecycle implements Example {

    @Override
    public String name() {
        return "pool-lifecycle";
    }

    @Override
    public String description() {
        return "shutdown/join lets work finish, terminate stops at once, try-with-resources waits";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int task(int x) {
        return x * x;
    }

    static int slowTask(int x) throws InterruptedException {
        Thread.sleep(30_000);
        return x;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Integer> range = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        Pool pool = new Pool(context, 4);
        try {
            System.out.println(pool.map(PoolLifecycle::task, range));
        } finally {
            pool.shutdown();    // Python's close(): no more tasks accepted
            pool.join();        // wait for the workers to finish
        }
        System.out.println("close() + join(): workers finished the submitted work and exited");

        Pool pool2 = new Pool(context, 4);
        AsyncResult<Integer> pending = pool2.applyAsync(() -> slowTask(1));
        pool2.terminate();      // don't wait for tasks
        try {
            pending.get();
        } catch (ProcessError e) {
            System.out.println("terminate(): pending result failed: " + e.getMessage());
        }
        pool2.join();
        System.out.println("terminate() + join(): workers stopped at once");

        try (Pool pool3 = new Pool(context, 4)) {
            System.out.println("with try-with-resources: " + pool3.map(PoolLifecycle::task, range));
        }
    }
}
