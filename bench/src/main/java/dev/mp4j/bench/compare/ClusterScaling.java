package dev.mp4j.bench.compare;

import dev.mp4j.cluster.LoopbackCluster;
import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How a cluster Pool's map scales with its nodes: 600 items of 1 ms of CPU each (a spin on
 * the clock), on the three-node cluster and on a cluster of one node started for the run
 * (its start not timed), each Pool as wide as its nodes' CPUs. On a machine whose nodes
 * share its cores, the two figures show the per-node overhead rather than scaling.
 */
final class ClusterScaling {

    private static final int ITEMS = 600;
    private static final long WORK_NANOS = 1_000_000;

    private ClusterScaling() {}

    static int spin(int x) {
        long end = System.nanoTime() + WORK_NANOS;
        long sum = 0;
        while (System.nanoTime() < end) {
            sum += x;
        }
        return (int) sum;
    }

    /** Items per second on the three-node cluster of {@code ctx}. */
    static double threeNodesPerSecond(Context ctx) {
        return itemsPerSecond(ctx);
    }

    /** Items per second on a one-node cluster of its own; {@code ctx} is not used. */
    static double oneNodePerSecond(Context ctx) {
        try (LoopbackCluster one = new LoopbackCluster(1)) {
            return itemsPerSecond(one.client().context());
        }
    }

    private static double itemsPerSecond(Context ctx) {
        List<Integer> items = IntStream.range(0, ITEMS).boxed().toList();
        try (Pool pool = new Pool(ctx)) {
            pool.map(ClusterScaling::spin, items.subList(0, 60)); // the nodes' first tasks, untimed
            long t = System.nanoTime();
            List<Integer> r = pool.map(ClusterScaling::spin, items);
            double seconds = (System.nanoTime() - t) / 1e9;
            if (r.size() != ITEMS) {
                throw new IllegalStateException("lost items: " + r.size());
            }
            return ITEMS / seconds;
        }
    }
}
