package dev.mp4j.examples;

import dev.mp4j.cluster.LoopbackCluster;
import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * The prime check of seed 004_6b5411fe1d194d98.txt ({@code prime_validation_pool.py}) on a
 * cluster: three Apache Ignite server nodes in JVMs of their own on loopback, this JVM a
 * client, and a Pool of the cluster context whose tasks run on the nodes. The same Pool API
 * as on one machine; {@code --context} is not used (the cluster is the context).
 *
 * <pre>
 * Starting a cluster of 3 server nodes on loopback...
 * ClusterContext(cluster of 3 server nodes): a Pool of 6 workers
 * 1000000007 is prime
 * ...
 * 12 of 24 numbers are prime, checked on 3 nodes in 1.234s
 * </pre>
 */
final class ClusterPool implements Example {

    /** Odd numbers from 10^9 + 1: about one in ten is prime; each check takes some milliseconds. */
    private static final List<Long> NUMBERS = LongStream.iterate(1_000_000_001L, n -> n + 2).limit(24).boxed().toList();

    @Override
    public String name() {
        return "cluster-pool";
    }

    @Override
    public String description() {
        return "the prime check on a Pool of a 3-node Apache Ignite cluster on loopback (--context unused)";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    /** Whether {@code n} is prime, and the pid of the node JVM that found out. */
    record Checked(long n, boolean prime, long node) implements java.io.Serializable {}

    static Checked check(long n) {
        return new Checked(n, PrimeCheck.checkPrime(n), ProcessHandle.current().pid());
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        System.out.println("Starting a cluster of 3 server nodes on loopback...");
        try (LoopbackCluster cluster = new LoopbackCluster(3); Pool pool = new Pool(cluster.client().context())) {
            System.out.println(cluster.client().context() + ": a Pool of " + pool.processes() + " workers");
            long start = System.nanoTime();
            List<Checked> checked = pool.map(ClusterPool::check, NUMBERS);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<Long, Integer> perNode = new TreeMap<>();
            int primes = 0;
            for (Checked c : checked) {
                perNode.merge(c.node(), 1, Integer::sum);
                if (c.prime()) {
                    primes++;
                    System.out.println(c.n() + " is prime");
                }
            }
            System.out.println(String.format(Locale.ROOT, "%d of %d numbers are prime, checked on %d nodes in %.3fs",
                    primes, NUMBERS.size(), perNode.size(), seconds));
        }
    }
}
