package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.sync.Held;
import dev.mp4j.sync.Semaphore;
import java.util.ArrayList;
import java.util.List;

/**
 * After seed 002_ed2128a47af50195.txt, "Semaphore" (which describes it without a program):
 * six workers share a pool of 2 resources guarded by a {@link Semaphore}; each prints as it
 * enters and leaves, and no more than 2 are ever inside.
 *
 * <pre>
 * worker 0 enters (slots: 2)
 * worker 3 enters (slots: 2)
 * worker 0 leaves
 * worker 1 enters (slots: 2)
 * ...
 * at most 2 workers were inside at once
 * </pre>
 *
 * The optional argument is the pool size (default 2).
 */
final class SemaphorePool implements Example {

    private static final int WORKERS = 6;

    @Override
    public String name() {
        return "semaphore-pool";
    }

    @Override
    public String description() {
        return "six workers share a pool of N resources guarded by a Semaphore [N, default 2]";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        int slots = ExampleArguments.count(this, args, 2);
        Semaphore pool = new Semaphore(context, slots);
        List<Process> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int id = w;
            Process p = new Process(context, () -> work(pool, id, slots));
            workers.add(p);
            p.start();
        }
        for (Process p : workers) {
            p.join();
        }
        System.out.println("at most " + slots + " workers were inside at once");
    }

    private static void work(Semaphore pool, int id, int slots) throws InterruptedException {
        try (Held ignored = pool.hold()) {
            // The prints sit inside the section: a leave is printed before the release that
            // lets the next worker in, so the printed order shows the occupancy.
            System.out.println("worker " + id + " enters (slots: " + slots + ")");
            Thread.sleep(100); // use the resource
            System.out.println("worker " + id + " leaves");
        }
    }
}
