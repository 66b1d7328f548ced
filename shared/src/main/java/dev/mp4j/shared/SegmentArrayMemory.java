package dev.mp4j.shared;

import dev.mp4j.core.internal.shm.SharedWords;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Array memory that this JVM addresses directly, on the heap or mapped: the elements packed
 * in one segment, accessed through {@link Elements}; the bulk copies are memory copies.
 */
interface SegmentArrayMemory extends ArrayMemory {

    /**
     * The elements, packed, starting aligned to 8 bytes or more.
     *
     * @throws IllegalStateException if the memory was freed by its creator (spawn context)
     */
    SharedWords elements();

    /** The size of one element in bytes. */
    int elementSize();

    @Override
    default long get(int index) {
        return Elements.get(elements(), elementSize(), index);
    }

    @Override
    default void set(int index, long bits) {
        Elements.set(elements(), elementSize(), index, bits);
    }

    @Override
    default long getAndAdd(int index, long delta) {
        return Elements.getAndAdd(elements(), elementSize(), index, delta);
    }

    @Override
    default boolean compareAndSet(int index, long expected, long update) {
        return Elements.compareAndSet(elements(), elementSize(), index, expected, update);
    }

    @Override
    default long[] getRange(int from, int count) {
        SharedWords s = elements();
        long[] bits = new long[count];
        for (int i = 0; i < count; i++) {
            bits[i] = Elements.get(s, elementSize(), from + i);
        }
        return bits;
    }

    @Override
    default void setRange(int from, long[] bits) {
        SharedWords s = elements();
        for (int i = 0; i < bits.length; i++) {
            Elements.set(s, elementSize(), from + i, bits[i]);
        }
    }

    @Override
    default void copyOut(int from, Object dst, int dstFrom, int count) {
        ValueLayout layout = layoutOf(dst);
        MemorySegment.copy(elements().segment(), layout, from * layout.byteSize(), dst, dstFrom, count);
    }

    @Override
    default void copyIn(Object src, int srcFrom, int to, int count) {
        ValueLayout layout = layoutOf(src);
        MemorySegment.copy(src, srcFrom, elements().segment(), layout, to * layout.byteSize(), count);
    }

    private static ValueLayout layoutOf(Object javaArray) {
        return switch (javaArray) {
            case double[] _ -> ValueLayout.JAVA_DOUBLE;
            case long[] _ -> ValueLayout.JAVA_LONG;
            case int[] _ -> ValueLayout.JAVA_INT;
            case byte[] _ -> ValueLayout.JAVA_BYTE;
            default -> throw new IllegalArgumentException("not an array of double, long, int or byte: " + javaArray);
        };
    }
}
