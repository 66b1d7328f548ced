package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.MapOptions;
import dev.mp4j.pool.Pool;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "map() with Chunksize": a thousand quick items
 * mapped twice, once in the chunks the pool picks ({@code ceil(1000 / (4 * 4))} = 63
 * items, Python's rule) and once in chunks of 100. The seed prints nothing; the port prints
 * what each call did: the chunks it sent, counted by a progress listener that is told
 * after each chunk, and its measured time.
 *
 * <pre>
 * Default: 1000 results in 16 chunks, 0.0123s
 * Chunksize 100: 1000 results in 10 chunks, 0.0045s
 * Same results: true
 * </pre>
 */
final class PoolMapChunksize implements Example {

    @Override
    public String name() {
        return "pool-map-chunksize";
    }

    @Override
    public String description() {
        return "map of 1000 items in the default chunks and in chunks of 100";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int process(int x) {
        return x * 2;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Integer> data = IntStream.range(0, 1000).boxed().toList();
        try (Pool pool = new Pool(context, 4)) {
            // Default: pool divides work automatically
            List<Integer> results = timed("Default", pool, data, MapOptions.defaults());
            // Chunksize: send N items to each worker at a time.
            // Larger chunks = less IPC overhead, but less load balancing.
            List<Integer> chunked = timed("Chunksize 100", pool, data, MapOptions.defaults().chunksize(100));
            System.out.println("Same results: " + results.equals(chunked));
        }
    }

    /** Maps {@code data} with {@code options} and prints, under {@code label}, the results, chunks and time. */
    private static List<Integer> timed(String label, Pool pool, List<Integer> data, MapOptions<?> options) {
        // The pool tells the listener after each chunk, from its own threads.
        AtomicInteger chunks = new AtomicInteger();
        long start = System.nanoTime();
        List<Integer> results = pool.map(PoolMapChunksize::process, data,
                options.progress((done, total, failed) -> chunks.incrementAndGet()));
        System.out.println(String.format(Locale.ROOT, "%s: %d results in %d chunks, %.4fs", label, results.size(),
                chunks.get(), (System.nanoTime() - start) / 1e9));
        return results;
    }
}
