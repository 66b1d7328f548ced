package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.ImapIterator;
import dev.mp4j.pool.ProcessPoolExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "prime_validation_pool.py", through Python's other
 * face of a pool: the same numbers as {@code prime-check}, checked serially and then with
 * {@code ProcessPoolExecutor.map} (CPython: {@code concurrent.futures}), whose results come
 * lazily, in input order, each within the map's timeout.
 *
 * <pre>
 * Processing 7 numbers serially:
 * ...
 * Processing 7 numbers with ProcessPoolExecutor.map:
 *  18-digit prime       (100109100129100151): true
 * ...
 * Speedup: 1.95x on 2 cores
 * </pre>
 */
final class ExecutorPrimes implements Example {

    @Override
    public String name() {
        return "executor-primes";
    }

    @Override
    public String description() {
        return "the prime check of prime-check through ProcessPoolExecutor.map; prints the speedup";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        double serial = PrimeCheck.checkSerially();
        System.out.println("Processing " + PrimeCheck.NUMBERS.size() + " numbers with ProcessPoolExecutor.map:");
        long start = System.nanoTime();
        List<Boolean> results = new ArrayList<>();
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(context);
                ImapIterator<Boolean> primes = executor.map(PrimeCheck::checkPrime, PrimeCheck.NUMBERS,
                        Duration.ofMinutes(5))) {
            primes.forEachRemaining(results::add);
        }
        PrimeCheck.printParallel(results, serial, (System.nanoTime() - start) / 1e9);
    }
}
