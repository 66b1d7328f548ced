package dev.mp4j.queues;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Copies between a ring of mapped memory and a caller's segment (mapped, native or a heap
 * array's) or array, wrapping at the ring's end: two bulk copies, no buffer in between.
 *
 * <p>Always two, the second of zero bytes unless the copy wraps, and no branch on the wrap:
 * a record wraps about once a lap of the ring, so compiled code that had never seen it would
 * take an uncommon trap there and run its caller in the interpreter again, as a put or get
 * of a compiled worker did, for thousands of items, once a lap.
 */
final class RingCopy {

    private RingCopy() {}

    /** Copies {@code length} bytes of {@code src} from {@code from} into {@code ring} at {@code position}. */
    static void in(MemorySegment ring, int position, MemorySegment src, long from, int length) {
        int at = position & (int) (ring.byteSize() - 1);
        int first = (int) Math.min(length, ring.byteSize() - at);
        MemorySegment.copy(src, from, ring, at, first);
        MemorySegment.copy(src, from + first, ring, 0, length - first);
    }

    /** Copies {@code length} bytes of {@code ring} at {@code position} into {@code dst} from {@code to}. */
    static void out(MemorySegment ring, int position, MemorySegment dst, long to, int length) {
        int at = position & (int) (ring.byteSize() - 1);
        int first = (int) Math.min(length, ring.byteSize() - at);
        MemorySegment.copy(ring, at, dst, to, first);
        MemorySegment.copy(ring, 0, dst, to + first, length - first);
    }

    /** Copies {@code length} bytes of {@code src} from {@code offset} into {@code ring} at {@code position}. */
    static void in(MemorySegment ring, int position, byte[] src, int offset, int length) {
        int at = position & (int) (ring.byteSize() - 1);
        int first = (int) Math.min(length, ring.byteSize() - at);
        MemorySegment.copy(src, offset, ring, ValueLayout.JAVA_BYTE, at, first);
        MemorySegment.copy(src, offset + first, ring, ValueLayout.JAVA_BYTE, 0, length - first);
    }

    /** Copies {@code length} bytes of {@code ring} at {@code position} into {@code dst} from {@code offset}; returns {@code dst}. */
    static byte[] out(MemorySegment ring, int position, byte[] dst, int offset, int length) {
        int at = position & (int) (ring.byteSize() - 1);
        int first = (int) Math.min(length, ring.byteSize() - at);
        MemorySegment.copy(ring, ValueLayout.JAVA_BYTE, at, dst, offset, first);
        MemorySegment.copy(ring, ValueLayout.JAVA_BYTE, 0, dst, offset + first, length - first);
        return dst;
    }
}
