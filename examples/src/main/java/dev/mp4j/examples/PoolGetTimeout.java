package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.TimeoutError;
import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.ImapIterator;
import dev.mp4j.pool.Pool;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Port of the Pool and AsyncResult reference example of seeds 002_ed2128a47af50195.txt
 * ("class multiprocessing.pool.AsyncResult") and 003_13e04ca231a68c1a.txt ("class
 * AsyncResult"): {@code get(timeout)}, {@code map}, {@code imap} read with {@code next()} and
 * {@code next(timeout)}, and the TimeoutError that ends the seed.
 *
 * <pre>
 * 100
 * [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
 * 0
 * 1
 * 4
 * TimeoutError: ...
 * </pre>
 * The seed lets the TimeoutError end the program with a traceback; the port prints it and
 * ends normally, so the same program can run on.
 */
final class PoolGetTimeout implements Example {

    /** The seed's timeout for the sleeping task: it must run out. */
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    /**
     * The timeout of the calls the seed expects to succeed within 1 s: that is for forked
     * workers; child JVMs may still be booting when the first task arrives.
     */
    private static final Duration PATIENT = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "pool-get-timeout";
    }

    @Override
    public String description() {
        return "AsyncResult.get(timeout), map, imap's next() and next(timeout), and a TimeoutError";
    }

    @Override
    public String seedFile() {
        return "003_13e04ca231a68c1a.txt";
    }

    static int f(int x) {
        return x * x;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Integer> range10 = IntStream.range(0, 10).boxed().toList();
        try (Pool pool = new Pool(context, 4)) { // start 4 worker processes
            AsyncResult<Integer> result = pool.applyAsync(() -> f(10)); // f(10) in a single process
            System.out.println(result.get(PATIENT)); // the seed: get(timeout=1), "100 unless your computer is very slow"

            System.out.println(pool.map(PoolGetTimeout::f, range10));

            ImapIterator<Integer> it = pool.imap(PoolGetTimeout::f, range10);
            System.out.println(it.next());
            System.out.println(it.next());
            System.out.println(it.next(PATIENT)); // the seed: next(timeout=1)

            AsyncResult<Void> sleeping = pool.applyAsync(() -> {
                Thread.sleep(10_000);
                return null;
            });
            try {
                System.out.println(sleeping.get(ONE_SECOND));
            } catch (TimeoutError e) {
                System.out.println("TimeoutError: " + e.getMessage());
            }
            pool.terminate(); // as Python's with-block: the sleeping worker is stopped
        }
    }
}
