package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.ImapIterator;
import dev.mp4j.pool.Pool;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, pool_tutorial.py's fifth demo, "INTERMEDIATE: imap()
 * for Lazy Results": eight squares of random length, first with {@code map} (everything at the
 * end), then with {@code imap} (each result as soon as it and those before it are done).
 *
 * <pre>
 * Processing 8 items with variable delays
 * Using map() (blocks until all complete):
 *  Got all results after 0.71s
 *  Results: [0, 1, 4, 9, 16, 25, 36, 49]
 * Using imap() (yields results incrementally):
 *  [0.25s] Got result #0: 0 (took 0.24s)
 *  [0.25s] Got result #1: 1 (took 0.12s)
 * ...
 * </pre>
 * The seed's delays are 0.5 to 1.5 s; the port's 0.1 to 0.3 s.
 */
final class TutorialMapVsImap implements Example {

    /** A square and the time its task slept. */
    record Timed(int result, double delay) implements Serializable {}

    @Override
    public String name() {
        return "tutorial-map-vs-imap";
    }

    @Override
    public String description() {
        return "map waits for every result, imap hands each over as it comes: both timed";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static Timed slowSquare(int x) throws InterruptedException {
        double delay = ThreadLocalRandom.current().nextDouble(0.1, 0.3);
        Thread.sleep((long) (delay * 1000));
        return new Timed(x * x, delay);
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Integer> numbers = IntStream.range(0, 8).boxed().toList();
        System.out.println("Processing " + numbers.size() + " items with variable delays");

        System.out.println("Using map() (blocks until all complete):");
        try (Pool pool = new Pool(context, 4)) {
            long start = System.nanoTime(); // after the pool's start, so the two runs compare
            List<Timed> results = pool.map(TutorialMapVsImap::slowSquare, numbers);
            System.out.printf(" Got all results after %.2fs%n", TutorialSpeedup.secondsSince(start));
            System.out.println(" Results: " + results.stream().map(Timed::result).toList());
        }

        System.out.println("Using imap() (yields results incrementally):");
        try (Pool pool = new Pool(context, 4)) {
            long start = System.nanoTime();
            ImapIterator<Timed> it = pool.imap(TutorialMapVsImap::slowSquare, numbers);
            int i = 0;
            for (Timed timed : it.asIterable()) {
                System.out.printf(" [%.2fs] Got result #%d: %d (took %.2fs)%n",
                        TutorialSpeedup.secondsSince(start), i++, timed.result(), timed.delay());
            }
        }
    }
}
