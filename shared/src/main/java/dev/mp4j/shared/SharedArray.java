package dev.mp4j.shared;

import java.io.Serializable;
import java.util.List;

/**
 * What {@link Array} and {@link RawArray} have in common: what Python's
 * {@code Array(typecode, size_or_initializer, lock=...)} returns, a synchronized wrapper or,
 * with {@code lock=False}, the raw array ({@link Array#of(dev.mp4j.core.Context, char, int, boolean)}).
 *
 * <p>Indexes follow Python: {@code -1} is the last element; an index outside
 * {@code -length..length-1} is an {@link IndexOutOfBoundsException}. Slices {@code [from, to)}
 * follow Python too: negative bounds count from the end and bounds past the ends are clamped.
 *
 * <pre>{@code
 * SharedArray<Integer> a = Array.of(Context.spawn(), 'i', List.of(1, 2, 3, 4), false);   // the RawArray
 * a.get(-1);              // 4, as Python's a[-1]
 * a.slice(1, 100);        // [2, 3, 4]: clamped, as a[1:100]
 * a.setSlice(0, 2, List.of(9, 8));
 * a.incrementAndGet(0);   // 10, lock-free
 * }</pre>
 *
 * @param <T> the typecode's Java type (see {@link Typecode})
 */
public sealed interface SharedArray<T> extends Serializable permits Array, RawArray {

    /** The number of elements (Python's {@code len}). */
    int length();

    /** The typecode of the elements. */
    Typecode typecode();

    /** Element {@code index}. */
    T get(int index);

    /**
     * Sets element {@code index}.
     *
     * @throws IllegalArgumentException if {@code value} is not of the typecode's Java type or
     *     out of its range
     */
    void set(int index, T value);

    /** The elements {@code [from, to)} as a new list (Python's {@code arr[from:to]}). */
    List<T> slice(int from, int to);

    /**
     * Sets the elements {@code [from, to)} (Python's {@code arr[from:to] = values}).
     *
     * @throws IllegalArgumentException if {@code values} has another length than the slice,
     *     or holds a value of another type or out of range (then nothing is written)
     */
    void setSlice(int from, int to, List<? extends T> values);

    /** Every element, as a new list (Python's {@code list(arr)}). */
    List<T> toList();

    /** Atomically adds {@code delta} to element {@code index}, wrapping at the type's width; returns the new value. */
    T addAndGet(int index, long delta);

    /** Atomically adds {@code delta} to element {@code index}, wrapping at the type's width; returns the previous value. */
    T getAndAdd(int index, long delta);

    /** Atomically adds one to element {@code index}; returns the new value. */
    default T incrementAndGet(int index) {
        return addAndGet(index, 1);
    }

    /** Atomically sets element {@code index} to {@code update} if it is {@code expected} (floats by their bits). */
    boolean compareAndSet(int index, T expected, T update);
}
