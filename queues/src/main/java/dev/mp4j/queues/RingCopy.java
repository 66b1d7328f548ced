package dev.mp4j.queues;

import java.lang.foreign.MemorySegment;

/**
 * Copies between a ring of mapped memory and a caller's segment (mapped, native or a heap
 * array's), wrapping at the ring's end: at most two bulk copies, no buffer in between.
 */
final class RingCopy {

    private RingCopy() {}

    /** Copies {@code length} bytes of {@code src} from {@code from} into {@code ring} at {@code position}. */
    static void in(MemorySegment ring, int position, MemorySegment src, long from, int length) {
        int at = position & (int) (ring.byteSize() - 1);
        int first = (int) Math.min(length, ring.byteSize() - at);
        MemorySegment.copy(src, from, ring, at, first);
        if (first < length) {
            MemorySegment.copy(src, from + first, ring, 0, length - first);
        }
    }

    /** Copies {@code length} bytes of {@code ring} at {@code position} into {@code dst} from {@code to}. */
    static void out(MemorySegment ring, int position, MemorySegment dst, long to, int length) {
        int at = position & (int) (ring.byteSize() - 1);
        int first = (int) Math.min(length, ring.byteSize() - at);
        MemorySegment.copy(ring, at, dst, to, first);
        if (first < length) {
            MemorySegment.copy(ring, 0, dst, to + first, length - first);
        }
    }
}
