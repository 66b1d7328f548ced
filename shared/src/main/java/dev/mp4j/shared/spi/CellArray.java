package dev.mp4j.shared.spi;

import java.io.Serializable;

/**
 * The storage of one shared array: a fixed number of elements of one size (1, 2, 4 or 8
 * bytes), each kept as its raw bits sign-extended from that size, all zero at first. Each
 * one-element operation is atomic and volatile and works in the element's width (an add
 * wraps there, a compare looks only there); a range is not atomic as a whole. Indexes are
 * checked by the array before they arrive.
 */
public interface CellArray extends Serializable {

    long load(int index);

    void store(int index, long bits);

    boolean compareAndSet(int index, long expected, long bits);

    /** Adds to the element, wrapping at its width; returns the previous bits. */
    long getAndAdd(int index, long delta);

    /** The bits of elements {@code [from, from + count)}, {@code count > 0}. */
    long[] loadRange(int from, int count);

    /** Stores {@code bits} from element {@code from} on, {@code bits} not empty. */
    void storeRange(int from, long[] bits);
}
