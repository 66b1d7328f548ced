package dev.mp4j.shared;

import dev.mp4j.core.internal.shm.SharedWords;
import java.io.Serializable;

/**
 * Where the elements of a {@link RawArray} live: a heap segment in the threads context, a
 * block of shared memory in the spawn context (which serializes as a handle to the same block).
 */
interface ArrayMemory extends Serializable {

    /**
     * The elements, packed, starting aligned to 8 bytes or more.
     *
     * @throws IllegalStateException if the memory was freed by its creator (spawn context)
     */
    SharedWords elements();
}
