package dev.mp4j.queues;

import static dev.mp4j.testing.Interruptions.assertInterruptedBeforeBlocking;
import static dev.mp4j.testing.Interruptions.assertInterruptedWhileBlocked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.testing.BackgroundCall;
import dev.mp4j.testing.ContextContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The SimpleQueue contract, run against both contexts. */
@Timeout(120)
abstract class SimpleQueueContract extends ContextContract {

    <E> SimpleQueue<E> queue() {
        return new SimpleQueue<>(context());
    }

    @Test
    void putGetAndEmpty() {
        SimpleQueue<String> q = queue();
        assertTrue(q.empty());
        q.put("a");
        q.put(null);
        q.put("c");
        assertFalse(q.empty());
        assertEquals("a", q.get());
        assertNull(q.get());
        assertEquals("c", q.get());
        assertTrue(q.empty());
    }

    @Test
    void getBlocksUntilAPut() {
        SimpleQueue<Integer> q = queue();
        BackgroundCall<Integer> get = BackgroundCall.start("get", q::get).awaitBlocked(() -> q.getQueueLength() == 1);
        q.put(5);
        assertEquals(5, get.result());
    }

    @Test
    void getIsInterruptible() {
        SimpleQueue<Integer> q = queue();
        assertInterruptedBeforeBlocking(q::get);
        assertInterruptedWhileBlocked(q::get, () -> q.getQueueLength() == 1);
    }

    @Test
    void aClosedQueueRefusesPutAndGet() {
        SimpleQueue<Integer> q = queue();
        q.put(1);
        q.close();
        q.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, q::get);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> q.put(2));
        assertFalse(q.empty());
    }

    @Test
    void aWorkerPutsAndTheParentGets() {
        SimpleQueue<String> q = queue();
        runInWorker(() -> {
            q.put("hello");
            q.put("world");
        });
        assertEquals("hello", q.get());
        assertEquals("world", q.get());
    }
}
