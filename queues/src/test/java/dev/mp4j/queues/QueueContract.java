package dev.mp4j.queues;

import static dev.mp4j.testing.Interruptions.assertInterruptedBeforeBlocking;
import static dev.mp4j.testing.Interruptions.assertInterruptedWhileBlocked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.pool.Pool;
import dev.mp4j.testing.BackgroundCall;
import dev.mp4j.testing.ContextContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Queue contract, run against both contexts: order, bounds, every timeout form, Full and
 * Empty, interruption before and while blocked (seen blocked through getQueueLength() first),
 * closed queues, shutdown, and items travelling between workers.
 */
@Timeout(120)
abstract class QueueContract extends ContextContract {

    static final Duration SMALL = Duration.ofMillis(50);
    static final Duration HUGE = Duration.ofSeconds(Long.MAX_VALUE);

    <E> Queue<E> queue(int maxsize) {
        return new Queue<>(context(), maxsize);
    }

    @Test
    void itemsComeOutInTheOrderTheyWentIn() {
        Queue<Object> q = queue(0);
        List<Object> items = Arrays.asList(1, null, "two", 3L, 4.5, List.of(6, "seven"), new byte[] {8});
        items.forEach(q::put);
        assertEquals(items.size(), q.qsize());
        for (Object expected : items) {
            Object got = q.get();
            if (expected instanceof byte[] b) {
                assertTrue(Arrays.equals(b, (byte[]) got));
            } else {
                assertEquals(expected, got);
            }
        }
        assertTrue(q.empty());
    }

    @Test
    void qsizeEmptyAndFullAgree() {
        Queue<Integer> q = queue(2);
        assertEquals(2, q.maxsize());
        assertEquals(0, q.qsize());
        assertTrue(q.empty());
        assertFalse(q.full());
        q.put(1);
        assertEquals(1, q.qsize());
        assertFalse(q.empty());
        assertFalse(q.full());
        q.put(2);
        assertEquals(2, q.qsize());
        assertTrue(q.full());
        q.get();
        assertEquals(1, q.qsize());
        assertFalse(q.full());
    }

    @Test
    void aMaxsizeOfZeroOrLessIsUnbounded() {
        for (int maxsize : new int[] {0, -1, Integer.MIN_VALUE}) {
            Queue<Integer> q = queue(maxsize);
            assertEquals(0, q.maxsize());
            for (int i = 0; i < 1000; i++) {
                q.putNowait(i);
            }
            assertEquals(1000, q.qsize());
            assertFalse(q.full());
        }
    }

    @Test
    void putNowaitOnAFullQueueThrowsFullAndEnqueuesNothing() {
        Queue<Integer> q = queue(1);
        q.put(1);
        assertThrows(Full.class, () -> q.putNowait(2));
        assertThrows(Full.class, () -> q.put(2, Duration.ZERO));
        assertThrows(Full.class, () -> q.put(2, Duration.ofSeconds(-5)));
        assertEquals(1, q.qsize());
        assertEquals(1, q.get());
        assertTrue(q.empty());
    }

    @Test
    void getNowaitOnAnEmptyQueueThrowsEmpty() {
        Queue<Integer> q = queue(0);
        assertThrows(Empty.class, q::getNowait);
        assertThrows(Empty.class, () -> q.get(Duration.ZERO));
        assertThrows(Empty.class, () -> q.get(Duration.ofSeconds(-5)));
    }

    @Test
    void aSmallTimeoutWaitsAtLeastThatLong() {
        Queue<Integer> q = queue(1);
        long start = System.nanoTime();
        assertThrows(Empty.class, () -> q.get(SMALL));
        assertTrue(System.nanoTime() - start >= SMALL.toNanos(), "get waited its timeout");
        q.put(1);
        start = System.nanoTime();
        assertThrows(Full.class, () -> q.put(2, SMALL));
        assertTrue(System.nanoTime() - start >= SMALL.toNanos(), "put waited its timeout");
    }

    @Test
    void aHugeTimeoutWaitsUntilAnItemComes() {
        Queue<String> q = queue(0);
        BackgroundCall<String> get = BackgroundCall.start("get(huge)", () -> q.get(HUGE))
                .awaitBlocked(() -> q.getQueueLength() == 1);
        q.put("late");
        assertEquals("late", get.result());
    }

    @Test
    void aHugeTimeoutPutWaitsUntilThereIsRoom() {
        Queue<String> q = queue(1);
        q.put("first");
        BackgroundCall<Void> put = BackgroundCall.<Void>start("put(huge)", () -> {
            q.put("second", HUGE);
            return null;
        }).awaitBlocked(() -> q.getQueueLength() == 1);
        assertEquals("first", q.get());
        put.result();
        assertEquals("second", q.get());
    }

    @Test
    void getBlocksUntilAPut() {
        Queue<Integer> q = queue(0);
        BackgroundCall<Integer> get = BackgroundCall.start("get", q::get).awaitBlocked(() -> q.getQueueLength() == 1);
        q.put(7);
        assertEquals(7, get.result());
        assertEquals(0, q.getQueueLength());
    }

    @Test
    void anAvailableItemIsTakenEvenWithTheInterruptFlagSet() {
        Queue<Integer> q = queue(1);
        BackgroundCall<Boolean> call = BackgroundCall.start("interrupted, not blocking", () -> {
            Thread.currentThread().interrupt();
            q.put(1);
            int got = q.get();
            return got == 1 && Thread.currentThread().isInterrupted();
        });
        assertTrue(call.result(), "took the item and kept the flag");
    }

    @Test
    void interruptedBeforeBlocking() {
        Queue<Integer> empty = queue(1);
        assertInterruptedBeforeBlocking(empty::get);
        assertInterruptedBeforeBlocking(() -> empty.get(HUGE));
        Queue<Integer> full = queue(1);
        full.put(1);
        assertInterruptedBeforeBlocking(() -> full.put(2));
        assertInterruptedBeforeBlocking(() -> full.put(2, Duration.ofSeconds(30)));
        assertEquals(1, full.qsize());
    }

    @Test
    void interruptedWhileBlocked() {
        Queue<Integer> empty = queue(1);
        assertInterruptedWhileBlocked(empty::get, () -> empty.getQueueLength() == 1);
        assertInterruptedWhileBlocked(() -> empty.get(Duration.ofSeconds(30)), () -> empty.getQueueLength() == 1);
        Queue<Integer> full = queue(1);
        full.put(1);
        assertInterruptedWhileBlocked(() -> full.put(2), () -> full.getQueueLength() == 1);
        assertEquals(1, full.qsize(), "an interrupted put enqueued nothing");
        assertEquals(1, full.get());
        assertTrue(full.empty());
    }

    @Test
    void aClosedQueueRefusesPutAndGet() {
        Queue<Integer> q = queue(0);
        q.put(1);
        assertThrows(IllegalStateException.class, q::joinThread, "joinThread before close");
        q.close();
        q.close();
        IllegalStateException put = assertThrows(IllegalStateException.class, () -> q.put(2));
        assertTrue(put.getMessage().contains("closed"), put.getMessage());
        assertThrows(IllegalStateException.class, q::get);
        assertThrows(IllegalStateException.class, () -> q.get(SMALL));
        assertThrows(IllegalStateException.class, () -> q.putNowait(3));
        q.joinThread();
        q.cancelJoinThread();
        assertEquals(1, q.qsize(), "what the queue holds is untouched");
    }

    @Test
    void cancelJoinThreadLosesNothing() {
        Queue<Integer> q = queue(0);
        q.cancelJoinThread();
        q.put(1);
        assertEquals(1, q.get());
    }

    @Test
    void tryWithResourcesClosesTheQueue() {
        Queue<Integer> q;
        try (Queue<Integer> open = queue(0)) {
            q = open;
            q.put(1);
        }
        assertThrows(IllegalStateException.class, q::get);
    }

    @Test
    void shutdownRefusesPutsAndDrainsBeforeRefusingGets() {
        Queue<Integer> q = queue(0);
        q.put(1);
        q.put(2);
        q.shutdown();
        assertTrue(q.isShutdown());
        assertThrows(ShutDown.class, () -> q.put(3));
        assertThrows(ShutDown.class, () -> q.putNowait(3));
        assertEquals(1, q.get());
        assertEquals(2, q.getNowait());
        assertThrows(ShutDown.class, q::get);
        assertThrows(ShutDown.class, q::getNowait);
        q.shutdown();
    }

    @Test
    void shutdownImmediateDropsTheItems() {
        Queue<Integer> q = queue(0);
        q.put(1);
        q.put(2);
        q.shutdown(true);
        assertEquals(0, q.qsize());
        assertTrue(q.empty());
        assertThrows(ShutDown.class, q::get);
    }

    @Test
    void shutdownWakesABlockedGetter() {
        Queue<Integer> q = queue(0);
        BackgroundCall<Integer> get = BackgroundCall.start("get", q::get).awaitBlocked(() -> q.getQueueLength() == 1);
        q.shutdown();
        assertThrows(ShutDown.class, get::result);
    }

    @Test
    void shutdownWakesABlockedPutter() {
        Queue<Integer> q = queue(1);
        q.put(1);
        BackgroundCall<Void> put = BackgroundCall.<Void>start("put", () -> {
            q.put(2);
            return null;
        }).awaitBlocked(() -> q.getQueueLength() == 1);
        q.shutdown();
        assertThrows(ShutDown.class, put::result);
        assertEquals(1, q.get());
    }

    @Test
    void aWorkerPutsAndTheParentGets() {
        Queue<String> q = queue(0);
        runInWorker(() -> {
            for (int i = 0; i < 100; i++) {
                q.put("item " + i);
            }
        });
        for (int i = 0; i < 100; i++) {
            assertEquals("item " + i, q.get(Duration.ofSeconds(30)));
        }
        assertTrue(q.empty());
    }

    @Test
    void theParentPutsAndAWorkerGets() {
        Queue<Integer> q = queue(4);
        Queue<Integer> sums = queue(0);
        var worker = startInWorker(() -> {
            int sum = 0;
            for (Integer i; (i = q.get(Duration.ofSeconds(30))) != null; ) {
                sum += i;
            }
            sums.put(sum);
        });
        for (int i = 1; i <= 100; i++) {
            q.put(i);
        }
        q.put(null);
        worker.join();
        assertEquals(5050, sums.get());
    }

    @Test
    void aParentMayJoinTheChildBeforeDrainingTheQueue() {
        Queue<String> q = queue(0);
        String payload = "x".repeat(100);
        runInWorker(() -> {
            for (int i = 0; i < 1000; i++) {
                q.put(i + payload);
            }
        });
        for (int i = 0; i < 1000; i++) {
            assertEquals(i + payload, q.getNowait(), "nothing lost by a producer that exited at once");
        }
    }

    @Test
    void aQueueTravelsInsideAnotherQueue() {
        Queue<Queue<String>> outer = queue(0);
        Queue<String> inner = queue(0);
        outer.put(inner);
        runInWorker(() -> outer.get(Duration.ofSeconds(30)).put("through the inner queue"));
        assertEquals("through the inner queue", inner.get(Duration.ofSeconds(30)));
    }

    @Test
    void manyProducersAndConsumersDeliverEveryItemOnceInEachProducersOrder() throws Exception {
        int producers = 3;
        int perProducer = 2000;
        Queue<Long> q = queue(50);
        List<BackgroundCall<List<Long>>> consumers = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            consumers.add(BackgroundCall.start("consumer " + c, () -> {
                List<Long> got = new ArrayList<>();
                for (Long v; (v = q.get(Duration.ofSeconds(60))) != -1L; ) {
                    got.add(v);
                }
                return got;
            }));
        }
        List<BackgroundCall<Void>> puts = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            long id = p;
            puts.add(BackgroundCall.start("producer " + p, () -> {
                for (long i = 0; i < perProducer; i++) {
                    q.put(id << 32 | i);
                }
                return null;
            }));
        }
        puts.forEach(BackgroundCall::result);
        q.put(-1L);
        q.put(-1L);
        long[] next = new long[producers];
        int total = 0;
        for (BackgroundCall<List<Long>> c : consumers) {
            long[] last = new long[producers];
            Arrays.fill(last, -1);
            for (long v : c.result()) {
                int p = (int) (v >>> 32);
                long i = v & 0xFFFF_FFFFL;
                assertTrue(i > last[p], "producer " + p + "'s order kept");
                last[p] = i;
                next[p]++;
                total++;
            }
        }
        assertEquals(producers * perProducer, total);
        for (long n : next) {
            assertEquals(perProducer, n);
        }
    }

    @Test
    void aQueueTravelsAsAPoolTaskArgument() {
        Queue<String> q = queue(0);
        try (Pool pool = new Pool(context(), 1)) {
            assertEquals(1, pool.apply(() -> {
                q.put("from a pool worker");
                return 1;
            }));
        }
        assertEquals("from a pool worker", q.get(Duration.ofSeconds(30)));
    }

    @Test
    void aWorkerSeesShutdown() {
        Queue<Integer> q = queue(0);
        q.put(1);
        q.shutdown();
        runInWorker(() -> {
            assertTrue(q.isShutdown());
            assertEquals(1, q.get());
            assertThrows(ShutDown.class, q::get);
            assertThrows(ShutDown.class, () -> q.put(2));
        });
    }

    @Test
    void nullIsAnItem() {
        Queue<String> q = queue(0);
        q.put(null);
        assertEquals(1, q.qsize());
        assertNull(q.get());
    }
}
