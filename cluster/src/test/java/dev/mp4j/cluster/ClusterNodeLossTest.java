package dev.mp4j.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.Pool;
import dev.mp4j.pool.WorkerLostError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A server node SIGKILLed in the middle of a Pool's work: only the tasks it ran fail. */
@Timeout(180)
class ClusterNodeLossTest {

    /** The pid of the node that ran it, a while after it started. */
    static long pidAfterAWhile(int x) throws InterruptedException {
        Thread.sleep(300);
        return ProcessHandle.current().pid();
    }

    @Test
    void aNodeKilledMidMapFailsOnlyItsTasksWithWorkerLostErrorNamingIt() throws Exception {
        try (LoopbackCluster cluster = new LoopbackCluster(3); Pool pool = new Pool(cluster.client().context(), 6)) {
            long victim = cluster.pid(0);
            CountDownLatch firstResults = new CountDownLatch(6);
            List<AsyncResult<Long>> results = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                int x = i;
                results.add(pool.applyAsync(() -> pidAfterAWhile(x), pid -> firstResults.countDown(), e -> { }));
            }
            assertTrue(firstResults.await(120, TimeUnit.SECONDS));
            cluster.kill(0);

            int lost = 0;
            Set<Long> ranOn = new HashSet<>();
            for (AsyncResult<Long> r : results) {
                try {
                    ranOn.add(r.get());
                } catch (WorkerLostError e) {
                    lost++;
                    assertTrue(e.getMessage().contains("left the cluster before its task finished"), e.getMessage());
                    assertEquals(-1, e.pid());
                }
            }
            // The victim ran its share of the first tasks, and held some when it died.
            assertTrue(lost >= 1, "no task failed with the node");
            assertTrue(lost <= 6, lost + " tasks failed: more than the node ran at once");
            assertTrue(ranOn.contains(victim));
            // The rest ran once each, on the nodes that stayed; and the pool goes on without the node.
            assertEquals(36, lost + results.stream().filter(r -> {
                try {
                    r.get();
                    return true;
                } catch (WorkerLostError e) {
                    return false;
                }
            }).count());
            List<Long> after = pool.map(ClusterNodeLossTest::pidAfterAWhile, IntStream.range(0, 12).boxed().toList());
            assertFalse(after.contains(victim));
            assertEquals(Set.of(cluster.pid(1), cluster.pid(2)), new HashSet<>(after));
        }
    }
}
