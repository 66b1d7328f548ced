package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Basic Pool Usage": a pool of four workers squares
 * five numbers with {@code map}; each worker prints its pid as it computes.
 *
 * <pre>
 * Process 4307: computing 1²
 * Process 4308: computing 2²
 * ... (one line per number, in the order the workers get to them)
 * [1, 4, 9, 16, 25]
 * </pre>
 *
 * Under spawn each worker is a child JVM with a pid of its own. Under threads every worker
 * prints the pid of this JVM: thread workers share its process.
 */
final class PoolBasicUsage implements Example {

    @Override
    public String name() {
        return "pool-basic-usage";
    }

    @Override
    public String description() {
        return "Pool(4).map squares five numbers; each worker prints its pid";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static int square(int x) {
        // The pid as mp4j reports it: a child JVM's own, or this JVM's for a thread worker.
        System.out.println("Process " + Context.currentProcess().pid() + ": computing " + x + "²");
        return x * x;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Integer> results;
        try (Pool pool = new Pool(context, 4)) {
            results = pool.map(PoolBasicUsage::square, List.of(1, 2, 3, 4, 5));
        }
        System.out.println(results);
    }
}
