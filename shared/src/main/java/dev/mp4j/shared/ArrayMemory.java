package dev.mp4j.shared;

import java.io.Serializable;
import java.lang.foreign.MemorySegment;

/**
 * Where the elements of a {@link RawArray} live: a heap segment in the threads context, a
 * mapped file in the spawn context (which serializes as a handle to the same file).
 */
interface ArrayMemory extends Serializable {

    /** The elements, packed, starting aligned to 8 bytes or more. */
    MemorySegment elements();
}
