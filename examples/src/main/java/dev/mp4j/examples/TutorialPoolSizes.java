package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, pool_tutorial.py's second demo, "BEGINNER: Choosing
 * Pool Size": the same small CPU task (a factorial and a short sleep) on pools of 1, 2, 4,
 * cpu_count and twice cpu_count workers.
 *
 * <pre>
 * Your system has 4 CPU cores
 *  Testing different pool sizes on 20 tasks:
 *   1 processes: 0.512s
 *   2 processes: 0.301s
 * ...
 * Guidelines for pool size:
 * </pre>
 * The seed runs 40 tasks of 50 ms; the port 20 of 20 ms, so that five pools of child JVMs
 * start and finish in a few seconds.
 */
final class TutorialPoolSizes implements Example {

    @Override
    public String name() {
        return "tutorial-pool-sizes";
    }

    @Override
    public String description() {
        return "one task list on pools of 1, 2, 4, cpu_count and 2 x cpu_count workers, each timed";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static long cpuTask(int x) throws InterruptedException {
        long factorial = 1;
        for (int i = 2; i <= x % 15 + 5; i++) { // math.factorial(x % 15 + 5): at most 19!, a long
            factorial *= i;
        }
        Thread.sleep(20);
        return factorial % 1000;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Integer> numbers = IntStream.range(0, 20).boxed().toList();
        int cpus = Context.cpuCount();
        System.out.println("Your system has " + cpus + " CPU cores");
        System.out.println(" Testing different pool sizes on " + numbers.size() + " tasks:");
        List<Long> first = null;
        for (int poolSize : List.of(1, 2, 4, cpus, cpus * 2)) {
            List<Long> results;
            try (Pool pool = new Pool(context, poolSize)) {
                long start = System.nanoTime(); // the map alone, as in tutorial-speedup
                results = pool.map(TutorialPoolSizes::cpuTask, numbers);
                System.out.printf(" %2d processes: %.3fs%n", poolSize, TutorialSpeedup.secondsSince(start));
            }
            if (first != null && !first.equals(results)) {
                throw new AssertionError("pool of " + poolSize + " computed " + results + ", not " + first);
            }
            first = results;
        }
        System.out.println("Guidelines for pool size:");
        System.out.println(" • CPU-bound: pool_size = cpu_count()");
        System.out.println(" • I/O-bound: pool_size = cpu_count() * 2 or more");
        System.out.println(" • Mixed: Start with cpu_count() and experiment");
        System.out.println(" • Too many processes = overhead from context switching");
    }
}
