package dev.mp4j.queues;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.testing.BackgroundCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Beyond Python: a child JVM SIGKILLed in the middle of a put or a get wedges no queue; every
 * other item is delivered and the queue stays usable.
 */
@Timeout(120)
class SpawnQueueDeathTest {

    private static final Context SPAWN = Context.spawn();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Starts {@code target} in a child JVM, waits until {@code blocked} holds, and SIGKILLs the child. */
    private static void killOnceBlocked(Process.Target target, java.util.function.BooleanSupplier blocked) {
        Process child = new Process(SPAWN, target);
        child.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> blocked.getAsBoolean() || !child.isAlive());
        assertTrue(child.isAlive(), "the child blocked, exit code " + child.exitCode());
        child.kill();
        child.join();
        assertEquals(-9, child.exitCode());
    }

    @Test
    void aProducerKilledMidItemLeavesAPartOfItThatReadersSkip() {
        Queue<Object> q = new Queue<>(SPAWN);
        // The 8 MiB item fills the 1 MiB ring with its first pieces; its writer then sleeps for room, holding the put lock.
        killOnceBlocked(() -> {
            q.put("before");
            q.put(new byte[8 << 20]);
        }, () -> q.qsize() == 1 && q.getQueueLength() == 1);
        assertEquals("before", q.get(PATIENCE));
        assertThrows(Empty.class, () -> q.get(Duration.ofMillis(500)), "the dead writer's pieces are no item");
        q.put("after", PATIENCE);
        assertEquals("after", q.get(PATIENCE), "the put lock was taken over and the pieces skipped");
        assertTrue(q.empty());
        q.put(List.of(1, 2));
        assertEquals(List.of(1, 2), q.getNowait());
    }

    @Test
    void aProducerKilledMidStreamLosesNoItemItPut() {
        Queue<Integer> q = new Queue<>(SPAWN, 1000);
        // The child fills the queue and blocks in its 1001st put.
        killOnceBlocked(() -> {
            for (int i = 0; ; i++) {
                q.put(i);
            }
        }, () -> q.full() && q.getQueueLength() == 1);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, q.getNowait());
        }
        assertThrows(Empty.class, q::getNowait);
        q.put(-1);
        assertEquals(-1, q.get());
    }

    @Test
    void aConsumerKilledInsideGetDoesNotWedgeTheOthers() {
        Queue<String> q = new Queue<>(SPAWN);
        // The child holds the get lock, asleep for data.
        killOnceBlocked(q::get, () -> q.getQueueLength() == 1);
        q.put("for the next consumer");
        assertEquals("for the next consumer", q.get(PATIENCE), "the get lock was taken over");
        q.put("and the one after");
        assertEquals("and the one after", q.getNowait());
    }

    @Test
    void aConsumerKilledWhileReadingAnItemInPiecesDoesNotWedgeTheOthers() throws Exception {
        Queue<Object> q = new Queue<>(SPAWN);
        Process producer = new Process(SPAWN, () -> q.put(new byte[16 << 20]));
        producer.start();
        // The producer has filled the ring with the item's first pieces and sleeps for room: stop it there.
        await().atMost(Duration.ofSeconds(60)).until(() -> q.getQueueLength() == 1);
        signal("STOP", producer);
        try {
            // The consumer drains the ring and waits, mid-item, for the next piece from a live writer.
            killOnceBlocked(q::get, () -> q.getQueueLength() == 2);
        } finally {
            signal("CONT", producer);
        }
        BackgroundCall<Object> next = BackgroundCall.start("next consumer", () -> q.get(Duration.ofSeconds(60)));
        assertTrue(producer.join(Duration.ofSeconds(60)), "the producer finished its item: the next consumer read past it");
        assertEquals(0, producer.exitCode());
        q.put("next");
        assertEquals("next", next.result(), "the rest of the dead reader's item was skipped");
        assertTrue(q.empty());
    }

    private static void signal(String name, Process p) throws Exception {
        java.lang.Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + name);
    }

    @Test
    void aFullQueueWhoseConsumerDiedRaisesFullInATimedPut() {
        Queue<Integer> q = new Queue<>(SPAWN, 2);
        killOnceBlocked(() -> {
            q.get();
            q.get();
        }, () -> q.getQueueLength() == 1 && q.qsize() == 0);
        q.put(1);
        q.put(2);
        long start = System.nanoTime();
        assertThrows(Full.class, () -> q.put(3, Duration.ofMillis(300)));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "no hang");
        assertEquals(2, q.qsize());
        assertEquals(1, q.get());
        q.put(3);
    }
}
