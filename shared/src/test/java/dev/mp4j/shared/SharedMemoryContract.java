package dev.mp4j.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.testing.ContextContract;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SharedMemory between a parent and a worker of either context. */
@Timeout(120)
abstract class SharedMemoryContract extends ContextContract {

    @Test
    void aWorkerAttachesByNameAndFillsTheBlock() {
        String name = BlockFiles.fresh("fill");
        try (SharedMemory shm = SharedMemory.create(name, 1000)) {
            assertEquals(1000, shm.size());
            assertEquals(1000, shm.buffer().byteSize(), "exactly size bytes");
            assertTrue(shm.isOwner());
            runInWorker(() -> {
                try (SharedMemory mine = SharedMemory.attach(name)) {
                    MemorySegment buf = mine.buffer();
                    for (int i = 0; i < 1000; i++) {
                        buf.set(ValueLayout.JAVA_BYTE, i, (byte) i);
                    }
                    assertFalse(mine.isOwner(), "attaching does not take ownership");
                }
            });
            for (int i = 0; i < 1000; i++) {
                assertEquals((byte) i, shm.buffer().get(ValueLayout.JAVA_BYTE, i));
            }
            assertTrue(BlockFiles.exists(name), "the worker's close left the block to its owner");
            shm.unlink();
            assertFalse(BlockFiles.exists(name));
        }
    }

    @Test
    void aSharedMemoryPassedToAWorkerIsAttachedThere() {
        try (SharedMemory shm = SharedMemory.create(64)) {
            assertTrue(shm.name().startsWith("psm_"), shm.name());
            runInWorker(() -> shm.byteBuffer().putLong(8, 0x1234_5678_9ABCL));
            assertEquals(0x1234_5678_9ABCL, shm.buffer().get(ValueLayout.JAVA_LONG, 8));
            ByteBuffer view = shm.byteBuffer();
            view.put(0, "hi".getBytes(StandardCharsets.US_ASCII));
            assertEquals((byte) 'h', shm.buffer().get(ValueLayout.JAVA_BYTE, 0));
            shm.unlink();
        }
    }

    @Test
    void onlyTheOwnerUnlinks() {
        String name = BlockFiles.fresh("owner");
        try (SharedMemory shm = SharedMemory.create(name, 8)) {
            runInWorker(() -> {
                try (SharedMemory mine = SharedMemory.attach(name)) {
                    IllegalStateException e = assertThrows(IllegalStateException.class, mine::unlink, "unlink by a non-owner");
                    assertTrue(e.getMessage().contains("attaching never takes ownership"), e.getMessage());
                }
            });
            assertTrue(BlockFiles.exists(name));
            shm.unlink();
            IllegalStateException twice = assertThrows(IllegalStateException.class, shm::unlink);
            assertTrue(twice.getMessage().contains("unlinked already"), twice.getMessage());
        }
    }

    @Test
    void badArgumentsAreClearErrors() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> SharedMemory.create(0));
        assertEquals("a shared memory block's size must be a positive number of bytes, not 0", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SharedMemory.create("a/b", 8));
        assertThrows(IllegalArgumentException.class, () -> SharedMemory.create("", 8));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> SharedMemory.attach(BlockFiles.fresh("missing")));
        assertTrue(missing.getMessage().startsWith("no shared memory block named 'missing_"), missing.getMessage());
        String name = BlockFiles.fresh("taken");
        try (SharedMemory shm = new SharedMemory("/" + name, true, 16)) {
            assertEquals(name, shm.name(), "a leading slash is dropped, as in Python");
            IllegalStateException taken = assertThrows(IllegalStateException.class,
                    () -> new SharedMemory(name, true, 16));
            assertEquals("a shared memory block named '" + name + "' already exists", taken.getMessage());
            try (SharedMemory again = new SharedMemory(name, false, 0)) {
                assertEquals(16, again.size());
            }
            shm.close();
            assertThrows(IllegalStateException.class, shm::buffer);
            shm.unlink();
        }
    }

    @Test
    void memoryUsedAfterCloseFailsWithAClearErrorAndCloseIsIdempotent() {
        SharedMemory shm = SharedMemory.create(BlockFiles.fresh("closed"), 64);
        MemorySegment buffer = shm.buffer();
        ByteBuffer view = shm.byteBuffer();
        shm.close();
        shm.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, shm::buffer);
        assertTrue(e.getMessage().contains("is closed in this process"), e.getMessage());
        assertThrows(IllegalStateException.class, shm::byteBuffer);
        assertThrows(IllegalStateException.class, () -> buffer.get(ValueLayout.JAVA_INT, 0), "unmapped, not a crash");
        assertThrows(IllegalStateException.class, () -> view.getInt(0), "unmapped, not a crash");
        shm.unlink();
        assertFalse(BlockFiles.exists(shm.name()));

        ShareableList list = ShareableList.of(BlockFiles.fresh("closed_list"), List.of(1, "a"));
        list.close();
        list.close();
        assertThrows(IllegalStateException.class, () -> list.get(0));
        assertThrows(IllegalStateException.class, () -> list.set(1, "b"));
        list.unlink();
        assertFalse(BlockFiles.exists(list.shm().name()));
    }
}
