package dev.mp4j.examples;

import dev.mp4j.cluster.LoopbackCluster;
import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Producers and consumers of seed 001_37051180ac11844a.txt's queue section, on a cluster:
 * three Apache Ignite server nodes in JVMs of their own on loopback, two producer and two
 * consumer Processes of the cluster context (each runs on a node the cluster picks), one
 * Queue between them and one back to this JVM. {@code --context} is not used.
 *
 * <pre>
 * Starting a cluster of 3 server nodes on loopback...
 * consumed 20 items from 2 producers, 10 each
 * producers ran on nodes [pid ...]; consumers on nodes [pid ...]
 * </pre>
 */
final class ClusterQueue implements Example {

    private static final int PER_PRODUCER = 10;
    private static final String DONE = "DONE";

    @Override
    public String name() {
        return "cluster-queue";
    }

    @Override
    public String description() {
        return "producers and consumers as Processes on the nodes of a 3-node Ignite cluster, over a cluster Queue (--context unused)";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) throws Exception {
        ExampleArguments.none(this, args);
        System.out.println("Starting a cluster of 3 server nodes on loopback...");
        try (LoopbackCluster cluster = new LoopbackCluster(3)) {
            Context ctx = cluster.client().context();
            Queue<String> work = new Queue<>(ctx);
            Queue<String> results = new Queue<>(ctx);
            List<Process> processes = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                int producer = p;
                processes.add(new Process(ctx, () -> {
                    for (int i = 0; i < PER_PRODUCER; i++) {
                        work.put("item " + i + " of producer " + producer);
                    }
                    results.put("producer on node " + ProcessHandle.current().pid());
                }));
            }
            for (int c = 0; c < 2; c++) {
                processes.add(new Process(ctx, () -> {
                    for (String item; !(item = work.get()).equals(DONE); ) {
                        results.put("consumed " + item);
                    }
                    results.put("consumer on node " + ProcessHandle.current().pid());
                }));
            }
            processes.forEach(Process::start);
            processes.get(0).join();
            processes.get(1).join();
            work.put(DONE);
            work.put(DONE);
            Set<String> consumed = new TreeSet<>();
            Set<String> producerNodes = new TreeSet<>();
            Set<String> consumerNodes = new TreeSet<>();
            Set<String> producers = new TreeSet<>();
            for (int seen = 0; seen < 2 * PER_PRODUCER + 4; seen++) {
                String r = results.get();
                if (r.startsWith("consumed ")) {
                    consumed.add(r);
                    producers.add(r.substring(r.lastIndexOf(' ') + 1));
                } else if (r.startsWith("producer")) {
                    producerNodes.add(r.substring(r.indexOf("node ") + 5));
                } else {
                    consumerNodes.add(r.substring(r.indexOf("node ") + 5));
                }
            }
            for (Process p : processes) {
                p.join();
            }
            System.out.println("consumed " + consumed.size() + " items from " + producers.size() + " producers, "
                    + PER_PRODUCER + " each");
            System.out.println("producers ran on nodes " + producerNodes + "; consumers on nodes " + consumerNodes);
            work.close();
            results.close();
        }
    }
}
