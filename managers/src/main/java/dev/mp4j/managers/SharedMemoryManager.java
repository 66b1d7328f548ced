package dev.mp4j.managers;

import dev.mp4j.core.Context;
import dev.mp4j.shared.ShareableList;
import dev.mp4j.shared.SharedMemory;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code multiprocessing.managers.SharedMemoryManager}: a manager whose server makes
 * {@link SharedMemory} blocks and {@link ShareableList}s and unlinks every one of them when it
 * shuts down, so that a program's blocks go with its manager.
 *
 * <pre>{@code
 * try (SharedMemoryManager smm = SharedMemoryManager.start(ctx)) {
 *     SharedMemory block = smm.sharedMemory(1024);
 *     ShareableList list = smm.shareableList(List.of(1, "two", 3.0));
 *     ... pass them to workers, which attach by name ...
 * }                                         // every block unlinked
 * }</pre>
 *
 * <p>The server's process creates, and so owns, each block (mp4j lets only the owner unlink;
 * Python's manager tracks blocks its clients created). The caller gets the block attached;
 * after shutdown no process can attach to it any more, and the mappings that exist stay valid
 * until closed, as Python's. A server killed before its shutdown leaves its blocks to mp4j's
 * clean-up of dead owners. Types registered on it are served as on any {@link BaseManager}.
 */
public class SharedMemoryManager extends BaseManager {

    /** A manager of {@code context}, not started. */
    public SharedMemoryManager(Context context) {
        super(context);
    }

    /** A started manager of {@code context}. */
    public static SharedMemoryManager start(Context context) {
        SharedMemoryManager m = new SharedMemoryManager(context);
        m.start();
        return m;
    }

    /**
     * A new block of {@code size} bytes, made by the server (Python's
     * {@code smm.SharedMemory(size)}).
     *
     * @throws IllegalArgumentException if {@code size} is not positive
     */
    public SharedMemory sharedMemory(long size) {
        if (size <= 0) {
            throw new IllegalArgumentException("a shared memory block's size must be a positive number of bytes, not " + size);
        }
        return (SharedMemory) call(new Request.NewSharedMemory(size));
    }

    /** A new list holding {@code items}, made by the server (Python's {@code smm.ShareableList(sequence)}). */
    public ShareableList shareableList(List<?> items) {
        return (ShareableList) call(new Request.NewShareableList(new ArrayList<>(items)));
    }
}
