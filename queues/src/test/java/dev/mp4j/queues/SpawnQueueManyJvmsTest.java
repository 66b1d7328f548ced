package dev.mp4j.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Four producer JVMs put 250,000 items each, two consumer JVMs take them: every item arrives
 * exactly once, and each consumer sees each producer's items in the order they were put.
 */
@Timeout(400)
class SpawnQueueManyJvmsTest {

    private static final Context SPAWN = Context.spawn();
    private static final int PRODUCERS = 4;
    private static final int CONSUMERS = 2;
    private static final int PER_PRODUCER = 250_000;

    @Test
    void everyItemExactlyOnceInEachProducersOrder() {
        Queue<Long> q = new Queue<>(SPAWN, 10_000);
        Queue<Object> reports = new Queue<>(SPAWN);
        List<Process> consumers = new ArrayList<>();
        for (int c = 0; c < CONSUMERS; c++) {
            consumers.add(new Process(SPAWN, () -> {
                // seen[p][i]: how often this consumer got item i of producer p; order: whether p's items came in order.
                byte[][] seen = new byte[PRODUCERS][PER_PRODUCER];
                boolean inOrder = true;
                int[] last = new int[PRODUCERS];
                java.util.Arrays.fill(last, -1);
                for (long v; (v = q.get()) >= 0; ) {
                    int p = (int) (v >>> 32);
                    int i = (int) v;
                    seen[p][i]++;
                    inOrder &= i > last[p];
                    last[p] = i;
                }
                reports.put(List.of(inOrder, List.of(seen)));
            }));
        }
        List<Process> producers = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            long id = p;
            producers.add(new Process(SPAWN, () -> {
                for (int i = 0; i < PER_PRODUCER; i++) {
                    q.put(id << 32 | i);
                }
            }));
        }
        consumers.forEach(Process::start);
        producers.forEach(Process::start);
        for (Process p : producers) {
            assertTrue(p.join(Duration.ofSeconds(300)), "producer " + p.name() + " finished");
            assertEquals(0, p.exitCode());
        }
        for (int c = 0; c < CONSUMERS; c++) {
            q.put(-1L);
        }
        int[][] total = new int[PRODUCERS][PER_PRODUCER];
        for (int c = 0; c < CONSUMERS; c++) {
            List<?> report = (List<?>) reports.get(Duration.ofSeconds(300));
            assertEquals(Boolean.TRUE, report.get(0), "a consumer saw a producer's items out of order");
            List<?> seen = (List<?>) report.get(1);
            for (int p = 0; p < PRODUCERS; p++) {
                byte[] counts = (byte[]) seen.get(p);
                for (int i = 0; i < PER_PRODUCER; i++) {
                    total[p][i] += counts[i];
                }
            }
        }
        for (int p = 0; p < PRODUCERS; p++) {
            for (int i = 0; i < PER_PRODUCER; i++) {
                assertEquals(1, total[p][i], "item " + i + " of producer " + p);
            }
        }
        for (Process c : consumers) {
            assertTrue(c.join(Duration.ofSeconds(60)));
            assertEquals(0, c.exitCode());
        }
        assertTrue(q.empty());
    }
}
