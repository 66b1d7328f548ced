package dev.mp4j.shared;

import java.io.Serializable;

/**
 * Where the elements of a {@link RawArray} live: a heap segment in the threads context, a
 * block of shared memory in the spawn context (which serializes as a handle to the same
 * block), a context engine's {@link dev.mp4j.shared.spi.CellArray} in the cluster context.
 * Elements travel as their bits, sign-extended from the element's size; each one-element
 * operation is atomic and volatile, a range is not atomic as a whole.
 *
 * @see SegmentArrayMemory
 * @see EngineArrayMemory
 */
interface ArrayMemory extends Serializable {

    long get(int index);

    void set(int index, long bits);

    /** Adds {@code delta}, wrapping at the element's width; returns the previous bits. */
    long getAndAdd(int index, long delta);

    /** Sets {@code update} if the element's bits (in its width) are {@code expected}. */
    boolean compareAndSet(int index, long expected, long update);

    /** The bits of elements {@code [from, from + count)}. */
    long[] getRange(int from, int count);

    /** Sets the elements from {@code from} to {@code bits}. */
    void setRange(int from, long[] bits);

    /**
     * Copies {@code count} elements from index {@code from} into {@code dst}, a
     * {@code double[]}, {@code long[]}, {@code int[]} or {@code byte[]} whose element size is
     * the array's.
     */
    void copyOut(int from, Object dst, int dstFrom, int count);

    /** Copies {@code count} elements of {@code src} (as for {@link #copyOut}) into the array from {@code to}. */
    void copyIn(Object src, int srcFrom, int to, int count);
}
