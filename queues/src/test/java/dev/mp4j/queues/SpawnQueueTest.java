package dev.mp4j.queues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.SerializationError;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpawnQueueTest extends QueueContract {

    @Override
    protected Context context() {
        return Context.spawn();
    }

    /** A queue whose ring holds only {@code bytes}: records wrap and large items go in pieces. */
    static <E> Queue<E> smallRing(int maxsize, int bytes) {
        return new Queue<>(RingQueue.create(maxsize, bytes, Queue.class));
    }

    record Holder(String name, Object payload) implements Serializable {}

    @Test
    void anItemThatCannotBeSerializedFailsThePutNamingTheFieldAndEnqueuesNothing() {
        Queue<Holder> q = queue(0);
        SerializationError e = assertThrows(SerializationError.class, () -> q.put(new Holder("h", new Object())));
        assertTrue(e.getMessage().contains("payload") && e.getMessage().contains("Object"), e.getMessage());
        assertTrue(e.getMessage().contains("the item put on the Queue"), e.getMessage());
        assertEquals(0, q.qsize());
        q.put(new Holder("fine", List.of(1, 2)));
        assertEquals(new Holder("fine", List.of(1, 2)), q.get());
    }

    @Test
    void aCopyOfTheQueueInAWorkerIsOpenAfterTheParentClosesItsOwn() {
        Queue<String> q = queue(0);
        q.close();
        runInWorker(() -> q.put("the worker's handle is its own"));
        Queue<String> reader = queue(0);
        runInWorker(() -> reader.put("check"));
        assertEquals("check", reader.get());
        assertEquals(1, q.qsize());
    }

    @Test
    void recordsWrapAroundASmallRing() {
        Queue<byte[]> q = smallRing(0, 4096);
        Random random = new Random(42);
        List<byte[]> sent = new ArrayList<>();
        for (int round = 0; round < 200; round++) {
            byte[] item = new byte[random.nextInt(1500)];
            random.nextBytes(item);
            sent.add(item);
            q.put(item, Duration.ofSeconds(5));
            if (round % 2 == 1) {
                assertArrayEquals(sent.removeFirst(), q.get());
                assertArrayEquals(sent.removeFirst(), q.get());
            }
        }
        assertTrue(q.empty());
    }

    @Test
    void aFullRingIsFullEvenUnderMaxsize() {
        Queue<byte[]> q = smallRing(0, 4096);
        q.put(new byte[1000]);
        q.put(new byte[1000]);
        q.put(new byte[1000]);
        q.put(new byte[1000]);
        assertThrows(Full.class, () -> q.putNowait(new byte[1000]), "the ring's bytes bound the queue");
        assertThrows(Full.class, () -> q.put(new byte[1000], QueueContract.SMALL));
        assertEquals(4, q.qsize());
        q.get();
        q.putNowait(new byte[1000]);
    }

    @Test
    void anItemLargerThanTheRingGoesThroughInPiecesToAnotherJvm() {
        Queue<byte[]> q = queue(0);
        Queue<Integer> answer = queue(0);
        int size = 64 << 20;
        var consumer = startInWorker(() -> {
            byte[] got = q.get(Duration.ofSeconds(60));
            answer.put(got.length == size ? Arrays.hashCode(got) : -got.length);
        });
        byte[] big = new byte[size];
        new Random(7).nextBytes(big);
        q.put(big);
        consumer.join();
        assertEquals(Arrays.hashCode(big), answer.get());
        assertTrue(q.empty());
    }

    @Test
    void itemsLargerThanASmallRingKeepTheirOrderWithSmallOnes() {
        Queue<Object> q = smallRing(0, 4096);
        BackgroundCallList<Object> consumer = new BackgroundCallList<>(q, 40);
        List<Object> sent = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            Object item = i % 3 == 0 ? randomBytes(random, 3000 + random.nextInt(20_000)) : "small " + i;
            sent.add(item);
            q.put(item);
        }
        List<Object> got = consumer.result();
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i) instanceof byte[] b) {
                assertArrayEquals(b, (byte[]) got.get(i), "item " + i);
            } else {
                assertEquals(sent.get(i), got.get(i));
            }
        }
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** A consumer thread that takes {@code n} items. */
    private static final class BackgroundCallList<E> {
        private final dev.mp4j.testing.BackgroundCall<List<E>> call;

        BackgroundCallList(Queue<E> q, int n) {
            call = dev.mp4j.testing.BackgroundCall.start("consumer", () -> {
                List<E> got = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    got.add(q.get(Duration.ofSeconds(30)));
                }
                return got;
            });
        }

        List<E> result() {
            return call.result();
        }
    }

    @Test
    void aBadRingSizeIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RingQueue.create(0, 5000, Queue.class));
        assertTrue(e.getMessage().contains("power of two"), e.getMessage());
    }
}
