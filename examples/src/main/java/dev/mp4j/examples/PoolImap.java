package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.ImapIterator;
import dev.mp4j.pool.Pool;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "imap() — Lazy Iterator": {@code imap} returns an
 * iterator at once, and each result is printed as soon as it and those before it are in,
 * in input order.
 *
 * <pre>
 * Got result: 0
 * Got result: 1
 * Got result: 4
 * ...
 * Got result: 81
 * </pre>
 */
final class PoolImap implements Example {

    /** The seed sleeps 0.5 s an item; a tenth of that keeps the example short. */
    private static final long SLEEP_MILLIS = 50;

    @Override
    public String name() {
        return "pool-imap";
    }

    @Override
    public String description() {
        return "imap yields slow squares one by one, in input order";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int slowProcess(int x) throws InterruptedException {
        Thread.sleep(SLEEP_MILLIS);
        return x * x;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        try (Pool pool = new Pool(context, 4);
                // imap returns an iterator, not a list
                ImapIterator<Integer> results = pool.imap(PoolImap::slowProcess, IntStream.range(0, 10).boxed().toList())) {
            // Process results as they become available
            for (int result : results.asIterable()) {
                System.out.println("Got result: " + result);
            }
        }
    }
}
