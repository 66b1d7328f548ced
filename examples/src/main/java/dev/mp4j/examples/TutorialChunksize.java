package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.MapOptions;
import dev.mp4j.pool.Pool;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, pool_tutorial.py's tenth demo, "ADVANCED: Chunksize
 * Optimization": a thousand quick tasks mapped with chunksizes of 1, 10, 50 and 100.
 *
 * <pre>
 * Processing 1000 quick tasks:
 *  Testing different chunksizes...
 *  Chunksize   1: 0.0915s
 *  Chunksize  10: 0.0123s
 *  Chunksize  50: 0.0061s
 *  Chunksize 100: 0.0048s
 * Chunksize guidelines:
 * </pre>
 * The seed times each pool's start too; the port starts the pool first and times the map
 * alone, so the figures show the chunks' cost and not a JVM's boot.
 */
final class TutorialChunksize implements Example {

    @Override
    public String name() {
        return "tutorial-chunksize";
    }

    @Override
    public String description() {
        return "1000 quick tasks mapped with chunksize 1, 10, 50 and 100: fewer, larger chunks cost less";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int quickTask(int x) {
        return x * 2;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Integer> numbers = IntStream.range(0, 1000).boxed().toList();
        List<Integer> expected = numbers.stream().map(TutorialChunksize::quickTask).toList();
        System.out.println("Processing " + numbers.size() + " quick tasks:");
        System.out.println(" Testing different chunksizes...");
        for (int chunksize : List.of(1, 10, 50, 100)) {
            try (Pool pool = new Pool(context, 4)) {
                long start = System.nanoTime();
                List<Integer> results = pool.map(TutorialChunksize::quickTask, numbers,
                        MapOptions.defaults().chunksize(chunksize));
                System.out.printf(" Chunksize %3d: %.4fs%n", chunksize, TutorialSpeedup.secondsSince(start));
                if (!results.equals(expected)) {
                    throw new AssertionError("chunksize " + chunksize + " changed the results");
                }
            }
        }
        System.out.println("Chunksize guidelines:");
        System.out.println(" • Default: chunksize = len(data) / (processes * 4)");
        System.out.println(" • Many quick tasks: larger chunksize (less overhead)");
        System.out.println(" • Few slow tasks: smaller chunksize (better distribution)");
        System.out.println(" • Experiment to find optimal value");
    }
}
