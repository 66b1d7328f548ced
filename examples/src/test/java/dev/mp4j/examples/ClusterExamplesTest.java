package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The cluster examples, each starting a cluster of three Ignite nodes on loopback. */
@Timeout(300)
class ClusterExamplesTest {

    @Test
    void clusterPoolChecksThePrimesOnThreeNodes() throws Exception {
        List<String> lines = ExampleJvm.succeeded("cluster-pool", "threads").lines();
        List<String> primes = LongStream.iterate(1_000_000_001L, n -> n + 2).limit(24).filter(PrimeCheck::checkPrime)
                .mapToObj(n -> n + " is prime").toList();
        assertEquals("Starting a cluster of 3 server nodes on loopback...", lines.getFirst(), String.join("\n", lines));
        assertTrue(lines.get(1).matches("ClusterContext\\(cluster of 3 server nodes\\): a Pool of \\d+ workers"), lines.get(1));
        assertEquals(primes, lines.subList(2, 2 + primes.size()), String.join("\n", lines));
        assertTrue(lines.getLast().matches(primes.size() + " of 24 numbers are prime, checked on [1-3] nodes in \\d+\\.\\d{3}s"),
                lines.getLast());
    }

    @Test
    void clusterQueueDeliversEveryItemOnceFromProcessesOnTheNodes() throws Exception {
        List<String> lines = ExampleJvm.succeeded("cluster-queue", "threads").lines();
        assertEquals(List.of("Starting a cluster of 3 server nodes on loopback...",
                "consumed 20 items from 2 producers, 10 each"), lines.subList(0, 2), String.join("\n", lines));
        assertTrue(lines.get(2).matches("producers ran on nodes \\[\\d+(, \\d+)?\\]; consumers on nodes \\[\\d+(, \\d+)?\\]"),
                lines.get(2));
        assertEquals(3, lines.size(), String.join("\n", lines));
    }
}
