package dev.mp4j.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.testing.ContextContract;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** ShareableList between a parent and a worker of either context. */
@Timeout(120)
abstract class ShareableListContract extends ContextContract {

    @Test
    void holdsEverySupportedTypeAndNull() {
        List<Object> items = Arrays.asList(7, Long.MIN_VALUE, Double.NaN, true, "héllo", new byte[] {1, 0, 2}, null, "");
        try (ShareableList sl = ShareableList.of(items)) {
            assertEquals(8, sl.size());
            assertEquals(7, sl.get(0));
            assertEquals(Long.MIN_VALUE, sl.get(1));
            assertTrue(((Double) sl.get(2)).isNaN());
            assertEquals(true, sl.get(3));
            assertEquals("héllo", sl.get(4));
            assertArrayEquals(new byte[] {1, 0, 2}, (byte[]) sl.get(5), "NUL bytes are kept");
            assertNull(sl.get(6));
            assertEquals("", sl.get(-1));
            sl.set(0, 2.5);
            sl.set(6, "12345678");
            assertEquals(2.5, sl.get(0), "a slot may change type");
            assertEquals("12345678", sl.get(6), "a number slot holds 8 bytes");
            sl.unlink();
        }
    }

    @Test
    void aLongerStringThanTheSlotIsAClearError() {
        try (ShareableList sl = ShareableList.of(List.of("abc", 1))) {
            sl.set(0, "1234567");   // "abc" got 8 bytes
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sl.set(0, "123456789"));
            assertTrue(e.getMessage().startsWith("slot 0 of ShareableList '" + sl.shm().name() + "' holds 8 bytes; "
                    + "\"123456789\" needs 9"), e.getMessage());
            assertEquals("1234567", sl.get(0), "a refused value writes nothing");
            assertThrows(IllegalArgumentException.class, () -> sl.set(1, new byte[9]));
            IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> sl.set(1, 1.5f));
            assertTrue(type.getMessage().endsWith("not java.lang.Float"), type.getMessage());
            assertThrows(IndexOutOfBoundsException.class, () -> sl.get(2));
            sl.unlink();
        }
        assertThrows(IllegalArgumentException.class, () -> ShareableList.of(List.of(new Object())));
    }

    @Test
    void countAndIndex() {
        try (ShareableList sl = ShareableList.of(Arrays.asList("a", 1, "a", null, new byte[] {5}))) {
            assertEquals(2, sl.count("a"));
            assertEquals(1, sl.count(null));
            assertEquals(0, sl.count(1L), "1L is not the Integer 1");
            assertEquals(2, sl.index(null) - 1);
            assertEquals(4, sl.index(new byte[] {5}), "byte[] by content");
            assertTrue(sl.toString().startsWith("ShareableList(['a', 1, 'a', None, b'\\x05'], name='psm_"), sl.toString());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sl.index("b"));
            assertEquals("\"b\" is not in the ShareableList", e.getMessage());
            sl.unlink();
        }
    }

    @Test
    void aWorkerAttachesByNameOrGetsTheListAndSeesTheOthersWrites() {
        String name = BlockFiles.fresh("list");
        try (ShareableList sl = ShareableList.of(name, List.of(1, "x", 2.0))) {
            runInWorker(() -> {
                try (ShareableList mine = ShareableList.attach(name)) {
                    assertEquals(List.of(1, "x", 2.0), mine.toList(), "the items the worker sees");
                    mine.set(0, 100);
                    mine.set(1, "y");
                }
            });
            assertEquals(List.of(100, "y", 2.0), sl.toList());
            runInWorker(() -> sl.set(2, -1L));
            assertEquals(-1L, sl.get(2));
            assertTrue(sl.toString().startsWith("ShareableList([100, 'y', -1], name='" + name + "'"), sl.toString());
            sl.unlink();
        }
        assertFalse(BlockFiles.exists(name));
    }

    @Test
    void attachingToABlockThatHoldsNoListIsAClearError() {
        try (SharedMemory shm = SharedMemory.create(64)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ShareableList.attach(shm.name()));
            assertEquals("shared memory block '" + shm.name() + "' does not hold a ShareableList", e.getMessage());
            shm.unlink();
        }
    }
}
