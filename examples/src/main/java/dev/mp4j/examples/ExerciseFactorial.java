package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Exercise 1" and its solution: the factorials of 1 to
 * 20 on Pool(4), each printed, and the pool's wall-clock time beside the sequential map's.
 *
 * <pre>
 * 1! = 1
 * ...
 * 20! = 2432902008176640000
 *
 * Sequential: 0.0000s
 * Pool: 0.2345s
 * </pre>
 * Work this small costs less than the trip to a worker: the sequential map wins, which is
 * the exercise's lesson.
 */
final class ExerciseFactorial implements Example {

    @Override
    public String name() {
        return "exercise-factorial";
    }

    @Override
    public String description() {
        return "factorials of 1..20 on Pool(4), timed against the sequential map";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    /** {@code math.factorial} for n up to 20, whose factorial is the largest that fits a long. */
    static long factorial(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f = Math.multiplyExact(f, i);
        }
        return f;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Integer> nums = IntStream.rangeClosed(1, 20).boxed().toList();

        long start = System.nanoTime();
        List<Long> seq = new ArrayList<>();
        for (int n : nums) {
            seq.add(factorial(n));
        }
        double seqTime = TutorialSpeedup.secondsSince(start);

        start = System.nanoTime();
        List<Long> par;
        try (Pool pool = new Pool(context, 4)) {
            par = pool.map(ExerciseFactorial::factorial, nums);
        }
        double parTime = TutorialSpeedup.secondsSince(start);
        if (!par.equals(seq)) {
            throw new AssertionError("the pool computed " + par + ", the sequential map " + seq);
        }
        for (int i = 0; i < nums.size(); i++) {
            System.out.println(nums.get(i) + "! = " + par.get(i));
        }
        System.out.println();
        System.out.printf("Sequential: %.4fs%n", seqTime);
        System.out.printf("Pool: %.4fs%n", parTime);
    }
}
