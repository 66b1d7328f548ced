package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import dev.mp4j.pool.PoolOptions;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Initializer Functions": each worker runs
 * {@code initWorker(10)} once before its first task and keeps the value for its tasks
 * (Python's {@code initializer=init_worker, initargs=(10,)}).
 *
 * <pre>
 * Worker SpawnPoolWorker-1 initialized with 10
 * ... (one line per worker)
 * [10, 20, 30, 40, 50]
 * </pre>
 */
final class PoolInitializer implements Example {

    /** The worker's data: per child JVM in the spawn context, per JVM with threads. */
    private static volatile int workerData;

    @Override
    public String name() {
        return "pool-initializer";
    }

    @Override
    public String description() {
        return "an initializer sets up each worker before its first task";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static void initWorker(int sharedData) {
        workerData = sharedData;
        System.out.println("Worker " + Context.currentProcess().name() + " initialized with " + sharedData);
    }

    static int processItem(int x) {
        return x * workerData;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        int shared = 10;
        List<Integer> results;
        try (Pool pool = new Pool(context, PoolOptions.defaults().processes(4).initializer(() -> initWorker(shared)))) {
            results = pool.map(PoolInitializer::processItem, List.of(1, 2, 3, 4, 5));
        }
        System.out.println(results);
    }
}
