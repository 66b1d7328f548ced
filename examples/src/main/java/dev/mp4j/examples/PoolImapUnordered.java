package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.ImapIterator;
import dev.mp4j.pool.Pool;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "imap_unordered() — Fastest Results First": tasks of
 * random length; {@code imapUnordered} yields each result as it completes, not in input order.
 *
 * <pre>
 * Completed: (1, 0.023487)
 * Completed: (0, 0.0712)
 * ... (ten lines, items 0 to 9 in completion order)
 * </pre>
 */
final class PoolImapUnordered implements Example {

    /** An item and the seconds it slept (Python: the tuple {@code (x, delay)}, printed the same way). */
    record Completed(int x, double delay) implements Serializable {
        @Override
        public String toString() {
            return "(" + x + ", " + delay + ")";
        }
    }

    @Override
    public String name() {
        return "pool-imap-unordered";
    }

    @Override
    public String description() {
        return "imapUnordered yields tasks of random length as they complete";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static Completed variableTask(int x) throws InterruptedException {
        // The seed sleeps 0.1 to 1.0 s; a tenth of that keeps the example short.
        double delay = ThreadLocalRandom.current().nextDouble(0.01, 0.1);
        Thread.sleep(Duration.ofNanos((long) (delay * 1e9)));
        return new Completed(x, delay);
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        try (Pool pool = new Pool(context, 4);
                ImapIterator<Completed> results = pool.imapUnordered(PoolImapUnordered::variableTask,
                        IntStream.range(0, 10).boxed().toList())) {
            // Results come in completion order
            for (Completed result : results.asIterable()) {
                System.out.println("Completed: " + result);
            }
        }
    }
}
