package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.MapOptions;
import dev.mp4j.pool.Pool;
import dev.mp4j.pool.ProgressBar;
import java.util.List;
import java.util.Locale;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "prime_validation_pool.py": the same large numbers
 * checked serially and then with a Pool of {@code cpuCount()} workers; prints both times
 * and the measured speedup. CPU-bound work is what child JVM workers are for; thread
 * workers of one JVM speed it up as well (the JVM has no GIL).
 *
 * <pre>
 * Processing 7 numbers serially:
 *  18-digit prime       (100109100129100151): true  (1.2345s)
 * ...
 * Total serial time: 4.5678s
 * Total parallel time: 2.3456s
 * Speedup: 1.95x on 2 cores
 * </pre>
 */
final class PrimeCheck implements Example {

    private static final List<String> LABELS = List.of("trivial non-prime", "15-digit composite",
            "15-digit composite 2", "18-digit prime", "18-digit prime 2", "19-digit prime", "19-digit prime 2");
    static final List<Long> NUMBERS = List.of(112272535095295L, 100109100129100369L,
            100109100129101027L, 100109100129100151L, 100109100129162907L,
            // Java checks the seed's numbers in well under a second each: two larger primes
            // give the workers enough to do that start-up does not dominate.
            1_000_000_000_000_000_003L, 1_000_000_000_000_000_009L);

    @Override
    public String name() {
        return "prime-check";
    }

    @Override
    public String description() {
        return "large primes checked serially and with a Pool; prints the measured speedup";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    /** Odd divisors up to sqrt(n), as the seed does. */
    static boolean checkPrime(long n) {
        if (n % 2 == 0) {
            return n == 2;
        }
        long limit = (long) Math.sqrt((double) n) + 1;
        for (long i = 3; i < limit; i += 2) {
            if (n % i == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        double serial = checkSerially();
        System.out.println("Processing " + NUMBERS.size() + " numbers with a Pool:");
        long start = System.nanoTime();
        List<Boolean> results;
        try (Pool pool = new Pool(context)) {
            results = pool.map(PrimeCheck::checkPrime, NUMBERS,
                    MapOptions.defaults().chunksize(1).progress(new ProgressBar("primes")));
        }
        printParallel(results, serial, (System.nanoTime() - start) / 1e9);
    }

    /** Checks the numbers one after the other, printing each; returns the total time in seconds. */
    static double checkSerially() {
        System.out.println("Processing " + NUMBERS.size() + " numbers serially:");
        System.out.println("Current CPU count: " + Context.cpuCount() + " cores");
        long start = System.nanoTime();
        for (int i = 0; i < NUMBERS.size(); i++) {
            long t = System.nanoTime();
            boolean prime = checkPrime(NUMBERS.get(i));
            System.out.println(String.format(Locale.ROOT, " %-20s (%d): %-5s (%.4fs)", LABELS.get(i), NUMBERS.get(i),
                    prime, (System.nanoTime() - t) / 1e9));
        }
        double serial = (System.nanoTime() - start) / 1e9;
        System.out.println(String.format(Locale.ROOT, "Total serial time: %.4fs", serial));
        return serial;
    }

    /** Prints the parallel results, in the order of the numbers, their time and the speedup over {@code serial}. */
    static void printParallel(List<Boolean> results, double serial, double parallel) {
        for (int i = 0; i < NUMBERS.size(); i++) {
            System.out.println(String.format(Locale.ROOT, " %-20s (%d): %s", LABELS.get(i), NUMBERS.get(i), results.get(i)));
        }
        System.out.println(String.format(Locale.ROOT, "Total parallel time: %.4fs", parallel));
        System.out.println(String.format(Locale.ROOT, "Speedup: %.2fx on %d cores", serial / parallel, Context.cpuCount()));
    }
}
