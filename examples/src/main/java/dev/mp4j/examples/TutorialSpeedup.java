package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, pool_tutorial.py's first demo, "BEGINNER: Basic Pool
 * with map()": ten squares of 0.1 s each, first one after another, then on a pool of four.
 *
 * <pre>
 * Input: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
 * Sequential execution:
 *  Time: 1.00s
 *  Results: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
 * Parallel execution with Pool:
 *  Time: 0.31s
 *  Results: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
 * Speedup: 3.23x faster!
 * </pre>
 * The seed's parallel time includes the pool's start; the port's starts once the workers are
 * up, so that under spawn it shows the map and not the boot of four child JVMs.
 */
final class TutorialSpeedup implements Example {

    @Override
    public String name() {
        return "tutorial-speedup";
    }

    @Override
    public String description() {
        return "ten slow squares one after another, then on Pool(4): both times and the speedup";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    // pool_tutorial nests its task functions in the demo, which Python cannot pickle; here they are static.
    static int square(int x) throws InterruptedException {
        Thread.sleep(100); // the seed's delay that stands for real work
        return x * x;
    }

    @Override
    public void run(Context context, List<String> args) throws InterruptedException {
        ExampleArguments.none(this, args);
        List<Integer> numbers = IntStream.range(0, 10).boxed().toList();
        System.out.println("Input: " + numbers);
        System.out.println(" We want to square each number in parallel");

        System.out.println("Sequential execution:");
        long start = System.nanoTime();
        List<Integer> sequential = new ArrayList<>();
        for (int x : numbers) {
            sequential.add(square(x));
        }
        double seqTime = secondsSince(start);
        System.out.printf(" Time: %.2fs%n", seqTime);
        System.out.println(" Results: " + sequential);

        System.out.println("Parallel execution with Pool:");
        List<Integer> parallel;
        double parallelTime;
        try (Pool pool = new Pool(context, 4)) {
            start = System.nanoTime(); // after the workers started: the map's time, not four JVMs' boot
            parallel = pool.map(TutorialSpeedup::square, numbers);
            parallelTime = secondsSince(start);
        }
        System.out.printf(" Time: %.2fs%n", parallelTime);
        System.out.println(" Results: " + parallel);
        System.out.printf("Speedup: %.2fx faster!%n", seqTime / parallelTime);
        System.out.println(" 4 workers can process multiple items simultaneously");
    }

    static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }
}
