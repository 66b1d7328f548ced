package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Args2;
import dev.mp4j.pool.Pool;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Exercise 2" and its solution: {@code starmap} of
 * {@code base ** exp} over ten pairs on Pool(4), each task sleeping 0.2 s.
 *
 * <pre>
 * 2^10 = 1024
 * 3^5 = 243
 * ...
 * 9^3 = 729
 *
 * Elapsed: 0.95s
 * </pre>
 */
final class ExercisePower implements Example {

    @Override
    public String name() {
        return "exercise-power";
    }

    @Override
    public String description() {
        return "starmap of base^exp over ten pairs on Pool(4), each task 0.2 s; the elapsed time";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static long power(int base, int exp) throws InterruptedException {
        Thread.sleep(200); // the exercise's heavy computation
        long result = 1;
        for (int i = 0; i < exp; i++) {
            result = Math.multiplyExact(result, base);
        }
        return result;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Args2<Integer, Integer>> pairs = List.of(Args2.of(2, 10), Args2.of(3, 5), Args2.of(5, 3),
                Args2.of(7, 4), Args2.of(10, 6), Args2.of(2, 20), Args2.of(3, 10), Args2.of(4, 8),
                Args2.of(6, 5), Args2.of(9, 3));
        long start = System.nanoTime();
        List<Long> results;
        try (Pool pool = new Pool(context, 4)) {
            results = pool.starmap(ExercisePower::power, pairs);
        }
        double elapsed = TutorialSpeedup.secondsSince(start);
        for (int i = 0; i < pairs.size(); i++) {
            System.out.println(pairs.get(i).a() + "^" + pairs.get(i).b() + " = " + results.get(i));
        }
        System.out.println();
        System.out.printf("Elapsed: %.2fs%n", elapsed);
    }
}
