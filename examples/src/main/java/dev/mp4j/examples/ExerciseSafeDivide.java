package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Args2;
import dev.mp4j.pool.Pool;
import java.io.Serializable;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Exercise 3" and its solution: an error-tolerant
 * pipeline. {@code safeDivide} returns a result or an error message instead of throwing, so
 * one zero divisor does not fail the whole {@code starmap}; successes and failures are counted.
 *
 * <pre>
 *  10/2: OK — 5.0
 *  20/0: FAIL — division by zero
 * ...
 *
 * Successes: 6, Failures: 4
 * </pre>
 */
final class ExerciseSafeDivide implements Example {

    /** Python's {@code (result, None)} or {@code (None, error_message)}. */
    record Outcome(Double result, String error) implements Serializable {}

    @Override
    public String name() {
        return "exercise-safe-divide";
    }

    @Override
    public String description() {
        return "starmap of a division that returns its error instead of throwing; successes and failures counted";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static Outcome safeDivide(int a, int b) {
        try {
            if (b == 0) { // a double division by zero is Infinity in Java; Python raises
                throw new ArithmeticException("division by zero");
            }
            return new Outcome((double) a / b, null);
        } catch (ArithmeticException e) { // Python's ZeroDivisionError
            return new Outcome(null, e.getMessage());
        }
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Args2<Integer, Integer>> pairs = List.of(Args2.of(10, 2), Args2.of(20, 0), Args2.of(30, 5),
                Args2.of(40, 0), Args2.of(50, 10), Args2.of(60, 3), Args2.of(70, 0), Args2.of(80, 4),
                Args2.of(90, 9), Args2.of(100, 0));
        List<Outcome> results;
        try (Pool pool = new Pool(context, 4)) {
            results = pool.starmap(ExerciseSafeDivide::safeDivide, pairs);
        }
        int successes = 0;
        int failures = 0;
        for (int i = 0; i < pairs.size(); i++) {
            Args2<Integer, Integer> pair = pairs.get(i);
            Outcome outcome = results.get(i);
            if (outcome.error() != null) {
                System.out.println(" " + pair.a() + "/" + pair.b() + ": FAIL — " + outcome.error());
                failures++;
            } else {
                System.out.println(" " + pair.a() + "/" + pair.b() + ": OK — " + outcome.result());
                successes++;
            }
        }
        System.out.println();
        System.out.println("Successes: " + successes + ", Failures: " + failures);
    }
}
