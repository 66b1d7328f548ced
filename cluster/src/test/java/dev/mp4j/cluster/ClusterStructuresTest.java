package dev.mp4j.cluster;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Pipe;
import dev.mp4j.queues.Queue;
import dev.mp4j.shared.Array;
import dev.mp4j.shared.Value;
import dev.mp4j.sync.Event;
import dev.mp4j.sync.Lock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ignite.Ignite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Ignite structures of a primitive go with the JVM that made it, as a spawn primitive's
 * files go with their creator: when its node closes, and when its node is killed.
 */
@Timeout(180)
class ClusterStructuresTest {

    @Test
    void whatAJvmMadeGoesWhenItsNodeClosesOrIsKilled() {
        try (LoopbackCluster cluster = new LoopbackCluster(3)) {
            Ignite watcher = cluster.client().ignite();
            String maker;
            List<ClusterStructures.Made> made;
            try (ClusterContext other = ClusterContext.join(cluster.addresses().toArray(String[]::new))) {
                Context ctx = other.context();
                Lock lock = new Lock(ctx);
                lock.acquire();
                lock.release();
                new Queue<String>(ctx).put("kept");
                Array.ofInts(ctx, 1, 2, 3).set(0, 10);
                Value.of(ctx, 'i', 7);
                new Event(ctx).set();
                Pipe.open(ctx).conn2().send("unread");
                maker = other.ignite().cluster().localNode().id().toString();
                made = ClusterStructures.madeBy(watcher, maker);
                assertEquals(Set.of("SEMAPHORE", "ATOMIC_REFERENCE", "ATOMIC_LONG", "QUEUE", "ARRAY", "LOCK", "SET"), kinds(made),
                        made.toString());
                made.forEach(entry -> assertTrue(exists(watcher, entry), entry.toString()));
                // Used from another JVM's node, they stay the maker's.
                assertEquals(made.size(), ClusterStructures.madeBy(watcher, maker).size());
            }
            assertEquals(List.of(), ClusterStructures.madeBy(watcher, maker), "the closed node's record is empty");
            made.forEach(entry -> assertFalse(exists(watcher, entry), entry + " is gone with its maker"));

            Context ctx = cluster.client().context();
            Queue<Queue<String>> back = new Queue<>(ctx);
            Process node = new Process(ctx, () -> {
                back.put(new Queue<>(ctx));
                Thread.sleep(Duration.ofMinutes(3));
            });
            node.start();
            Queue<String> theNodes = back.get(Duration.ofSeconds(60));
            theNodes.put("made on a node");
            String nodeId = watcher.cluster().forServers().nodes().stream()
                    .filter(n -> n.attribute("org.apache.ignite.jvm.pid") instanceof Number pid && pid.longValue() == node.pid())
                    .findFirst().orElseThrow().id().toString();
            List<ClusterStructures.Made> onTheNode = ClusterStructures.madeBy(watcher, nodeId);
            assertFalse(onTheNode.isEmpty());
            cluster.kill(cluster.indexOf(node.pid()));
            // A scan right after the kill may still meet the dead node, and fail: look again.
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> ClusterStructures.madeBy(watcher, nodeId).isEmpty());
            onTheNode.forEach(entry -> assertFalse(exists(watcher, entry), entry + " is gone with its killed maker"));
            assertFalse(ClusterStructures.madeBy(watcher, cluster.client().ignite().cluster().localNode().id().toString())
                    .isEmpty(), "what this JVM made stays while it is in the cluster");
            node.join();
        }
    }

    private static Set<String> kinds(List<ClusterStructures.Made> made) {
        return made.stream().map(m -> m.kind().name()).collect(Collectors.toSet());
    }

    private static boolean exists(Ignite ignite, ClusterStructures.Made m) {
        return ClusterStructures.exists(ignite, m.kind(), m.name());
    }
}
