package dev.mp4j.managers;

import dev.mp4j.shared.ShareableList;
import dev.mp4j.shared.SharedMemory;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared memory blocks a server made for a {@link SharedMemoryManager}, as Python's
 * {@code SharedMemoryServer} tracks its segments' names: the server's process owns them, so
 * it is the one that may unlink them, and does at shutdown. Thread-safe.
 */
final class Segments {

    private final List<SharedMemory> blocks = new ArrayList<>();
    private boolean closed;

    /** A new block of {@code size} bytes, kept for unlinking. */
    synchronized SharedMemory sharedMemory(long size) {
        checkOpen();
        SharedMemory block = SharedMemory.create(size);
        blocks.add(block);
        return block;
    }

    /** A new list holding {@code items}, its block kept for unlinking. */
    synchronized ShareableList shareableList(List<?> items) {
        checkOpen();
        ShareableList list = ShareableList.of(items);
        blocks.add(list.shm());
        return list;
    }

    /** Unlinks and unmaps every block; a block that fails does not keep the others. Idempotent. */
    synchronized void unlinkAll() {
        closed = true;
        for (SharedMemory block : blocks) {
            try {
                block.unlink();
            } catch (RuntimeException e) {
                // Gone already: nothing of it to leave behind.
            } finally {
                block.close();
            }
        }
        blocks.clear();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the shared memory manager's server is shut down");
        }
    }
}
