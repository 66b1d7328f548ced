package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Args2;
import dev.mp4j.pool.Pool;
import java.io.Serializable;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Error Handling in Pools": a {@code starmap} of
 * risky divisions throws the task's own ArithmeticException in the caller (Python:
 * ZeroDivisionError); wrapping the task to return its error keeps every result.
 *
 * <pre>
 * Method 1: Let exceptions propagate (default)
 *  Caught exception: ArithmeticException: / by zero
 * Method 2: Handle errors individually
 *  10/2: ok 5
 *  15/0: Error: / by zero
 * ...
 * </pre>
 */
final class PoolErrors implements Example {

    /** A result or the error that replaced it. */
    record Outcome(Integer result, String error) implements Serializable {}

    @Override
    public String name() {
        return "pool-errors";
    }

    @Override
    public String description() {
        return "a starmap of risky divisions raises; a safe wrapper keeps every result";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int riskyDivision(int numerator, int denominator) {
        return numerator / denominator;
    }

    static Outcome safeDivision(int numerator, int denominator) {
        try {
            return new Outcome(riskyDivision(numerator, denominator), null);
        } catch (ArithmeticException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Args2<Integer, Integer>> tasks = List.of(Args2.of(10, 2), Args2.of(20, 4), Args2.of(15, 0),
                Args2.of(30, 6), Args2.of(25, 0));
        System.out.println("Method 1: Let exceptions propagate (default)");
        try (Pool pool = new Pool(context, 2)) {
            pool.starmap(PoolErrors::riskyDivision, tasks);
        } catch (ArithmeticException e) {
            System.out.println(" Caught exception: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        System.out.println("Method 2: Handle errors individually");
        List<Outcome> results;
        try (Pool pool = new Pool(context, 2)) {
            results = pool.starmap(PoolErrors::safeDivision, tasks);
        }
        for (int i = 0; i < tasks.size(); i++) {
            Args2<Integer, Integer> t = tasks.get(i);
            Outcome o = results.get(i);
            System.out.println(" " + t.a() + "/" + t.b() + ": "
                    + (o.error() != null ? "Error: " + o.error() : "ok " + o.result()));
        }
    }
}
