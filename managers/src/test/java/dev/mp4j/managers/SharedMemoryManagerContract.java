package dev.mp4j.managers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.shared.ShareableList;
import dev.mp4j.shared.SharedMemory;
import dev.mp4j.testing.ContextContract;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A SharedMemoryManager's blocks and lists: made by its server, reached by workers, unlinked at shutdown. */
abstract class SharedMemoryManagerContract extends ContextContract {

    @Test
    void aBlockReachesAWorkerAndIsUnlinkedAtShutdown() {
        String name;
        try (SharedMemoryManager smm = SharedMemoryManager.start(context())) {
            SharedMemory block = smm.sharedMemory(64);
            name = block.name();
            assertEquals(64, block.size());
            assertFalse(block.isOwner(), "the server owns it");
            block.buffer().set(ValueLayout.JAVA_INT, 0, 41);
            runInWorker(() -> {
                try (SharedMemory there = SharedMemory.attach(name)) {
                    there.buffer().set(ValueLayout.JAVA_INT, 0, there.buffer().get(ValueLayout.JAVA_INT, 0) + 1);
                }
            });
            assertEquals(42, block.buffer().get(ValueLayout.JAVA_INT, 0));
            block.close();
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SharedMemory.attach(name));
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    @Test
    void aShareableListHoldsItsItemsAndIsUnlinkedAtShutdown() {
        String name;
        try (SharedMemoryManager smm = SharedMemoryManager.start(context())) {
            ShareableList list = smm.shareableList(List.of(1, "two", 3.0));
            name = list.shm().name();
            runInWorker(() -> {
                try (ShareableList there = ShareableList.attach(name)) {
                    there.set(0, 10);
                }
            });
            assertEquals(List.of(10, "two", 3.0), list.toList());
            list.close();
        }
        assertThrows(IllegalStateException.class, () -> ShareableList.attach(name));
    }

    @Test
    void aBadSizeIsRefusedHereAndNothingIsMade() {
        try (SharedMemoryManager smm = SharedMemoryManager.start(context())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> smm.sharedMemory(0));
            assertEquals("a shared memory block's size must be a positive number of bytes, not 0", e.getMessage());
        }
    }

    @Test
    void aManagerNotStartedMakesNoBlock() {
        SharedMemoryManager smm = new SharedMemoryManager(context());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> smm.sharedMemory(8));
        assertTrue(e.getMessage().contains("start() or connect() it first"), e.getMessage());
    }
}
