package dev.mp4j.shared;

import dev.mp4j.core.Context;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A fixed-length array of numbers in shared memory with no lock, as Python's
 * {@code multiprocessing.sharedctypes.RawArray}: zero-filled, or filled from an initializer.
 *
 * <pre>{@code
 * RawArray<Double> xs = RawArray.of(Context.spawn(), 'd', 1_000_000);   // zero-filled
 * xs.set(0, 1.5);
 * double[] chunk = new double[4096];
 * xs.copyTo(0, chunk, 0, chunk.length);      // bulk copy out, no boxing
 * xs.incrementAndGet(3);                      // on an integer array: atomic, beyond Python
 * }</pre>
 *
 * <p>Elements are laid out as C lays out an array of the typecode's type (see
 * {@link ArrayLayout}). Indexes and slices follow Python (see {@link SharedArray}).
 * Every {@code get} and {@code set} of one element is atomic (an aligned volatile access, so
 * no reader sees a torn 8-byte element); a read followed by a write is not, and neither is a
 * slice or a bulk copy as a whole. The atomic helpers are lock-free. The primitive paths
 * ({@link #getDouble}, {@link #copyTo(int, double[], int, int)}, ...) do no boxing; the bulk
 * copies are plain memory copies.
 *
 * <p><b>Memory consistency effects:</b> each element access is volatile: a {@code set}
 * happens-before every {@code get} of that element that sees its value, in any process.
 * Bulk copies have no ordering of their own: publish them with a lock, a {@code Value}, or
 * the start and join of a process.
 *
 * <p><b>Across processes.</b> In the spawn context the elements live in a mapped file and
 * the array travels to child JVMs as a handle to the same memory; in the threads context they
 * live on the heap. In the cluster context they live in the cluster (see the cluster module),
 * where each element access is a call to the node that keeps it and a slice or a bulk copy is
 * one call for the whole range.
 *
 * @param <T> the typecode's Java type (see {@link Typecode})
 * @see Array
 */
public final class RawArray<T> implements SharedArray<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Typecode typecode;
    private final int length;
    private final ArrayMemory memory;

    private RawArray(Context context, Typecode typecode, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("array size must be >= 0, not " + length);
        }
        this.typecode = typecode;
        this.length = length;
        this.memory = SharedBackings.arrayMemory(Objects.requireNonNull(context, "context"), typecode, length);
    }

    /** A zero-filled raw array of {@code size} elements of {@code typecode}. */
    public static <T> RawArray<T> of(Context context, char typecode, int size) {
        return new RawArray<>(context, Typecode.of(typecode), size);
    }

    /** A zero-filled raw array of the default context. */
    public static <T> RawArray<T> of(char typecode, int size) {
        return of(Context.defaultContext(), typecode, size);
    }

    /**
     * A raw array of {@code typecode} holding {@code initializer}.
     *
     * @throws IllegalArgumentException if an element is of another Java type or out of range
     */
    public static <T> RawArray<T> of(Context context, char typecode, List<? extends T> initializer) {
        Typecode t = Typecode.of(typecode);
        long[] bits = initializer.stream().mapToLong(t::toBits).toArray();
        RawArray<T> array = new RawArray<>(context, t, bits.length);
        array.memory.setRange(0, bits);
        return array;
    }

    /** A raw array of the default context holding {@code initializer}. */
    public static <T> RawArray<T> of(char typecode, List<? extends T> initializer) {
        return of(Context.defaultContext(), typecode, initializer);
    }

    /** A raw array of C ints holding {@code values}. */
    public static RawArray<Integer> ofInts(Context context, int... values) {
        RawArray<Integer> array = new RawArray<>(context, Typecode.INT, values.length);
        array.copyFrom(0, values, 0, values.length);
        return array;
    }

    /** A raw array of C ints of the default context holding {@code values}. */
    public static RawArray<Integer> ofInts(int... values) {
        return ofInts(Context.defaultContext(), values);
    }

    /** A raw array of C long longs holding {@code values}. */
    public static RawArray<Long> ofLongs(Context context, long... values) {
        RawArray<Long> array = new RawArray<>(context, Typecode.LONG_LONG, values.length);
        array.copyFrom(0, values, 0, values.length);
        return array;
    }

    /** A raw array of C long longs of the default context holding {@code values}. */
    public static RawArray<Long> ofLongs(long... values) {
        return ofLongs(Context.defaultContext(), values);
    }

    /** A raw array of C doubles holding {@code values}. */
    public static RawArray<Double> ofDoubles(Context context, double... values) {
        RawArray<Double> array = new RawArray<>(context, Typecode.DOUBLE, values.length);
        array.copyFrom(0, values, 0, values.length);
        return array;
    }

    /** A raw array of C doubles of the default context holding {@code values}. */
    public static RawArray<Double> ofDoubles(double... values) {
        return ofDoubles(Context.defaultContext(), values);
    }

    /** A raw {@code 'c'} array holding {@code bytes} (Python's {@code RawArray('c', b'...')}). */
    public static RawArray<Byte> ofBytes(Context context, byte... bytes) {
        RawArray<Byte> array = new RawArray<>(context, Typecode.CHAR, bytes.length);
        array.setRaw(bytes);
        return array;
    }

    /** A raw {@code 'c'} array of the default context holding {@code bytes}. */
    public static RawArray<Byte> ofBytes(byte... bytes) {
        return ofBytes(Context.defaultContext(), bytes);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public Typecode typecode() {
        return typecode;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) typecode.fromBits(memory.get(checkIndex(index)));
    }

    @Override
    public void set(int index, T value) {
        memory.set(checkIndex(index), typecode.toBits(value));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<T> slice(int from, int to) {
        int start = clamp(from);
        int end = Math.max(start, clamp(to));
        List<T> list = new ArrayList<>(end - start);
        for (long bits : memory.getRange(start, end - start)) {
            list.add((T) typecode.fromBits(bits));
        }
        return list;
    }

    @Override
    public void setSlice(int from, int to, List<? extends T> values) {
        int start = clamp(from);
        int end = Math.max(start, clamp(to));
        if (values.size() != end - start) {
            throw new IllegalArgumentException("slice [" + from + ":" + to + "] of an array of length " + length
                    + " has " + (end - start) + " elements, cannot assign " + values.size());
        }
        memory.setRange(start, values.stream().mapToLong(typecode::toBits).toArray());
    }

    @Override
    public List<T> toList() {
        return slice(0, length);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T addAndGet(int index, long delta) {
        return (T) typecode.fromBits(getAndAddBits("addAndGet", index, delta) + delta);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T getAndAdd(int index, long delta) {
        return (T) typecode.fromBits(getAndAddBits("getAndAdd", index, delta));
    }

    @Override
    public boolean compareAndSet(int index, T expected, T update) {
        return memory.compareAndSet(checkIndex(index), typecode.toBits(expected), typecode.toBits(update));
    }

    /** Element {@code index} of a {@code 'd'} array, unboxed. */
    public double getDouble(int index) {
        require(Typecode.DOUBLE, "getDouble");
        return Double.longBitsToDouble(memory.get(checkIndex(index)));
    }

    /** Sets element {@code index} of a {@code 'd'} array, unboxed. */
    public void setDouble(int index, double value) {
        require(Typecode.DOUBLE, "setDouble");
        memory.set(checkIndex(index), Double.doubleToRawLongBits(value));
    }

    /** Element {@code index} of an {@code 'l'} or {@code 'q'} array, unboxed. */
    public long getLong(int index) {
        requireLong("getLong");
        return memory.get(checkIndex(index));
    }

    /** Sets element {@code index} of an {@code 'l'} or {@code 'q'} array, unboxed. */
    public void setLong(int index, long value) {
        requireLong("setLong");
        memory.set(checkIndex(index), value);
    }

    /** Element {@code index} of an {@code 'i'} array, unboxed. */
    public int getInt(int index) {
        require(Typecode.INT, "getInt");
        return (int) memory.get(checkIndex(index));
    }

    /** Sets element {@code index} of an {@code 'i'} array, unboxed. */
    public void setInt(int index, int value) {
        require(Typecode.INT, "setInt");
        memory.set(checkIndex(index), value);
    }

    /** Copies {@code count} elements from index {@code from} of a {@code 'd'} array into {@code dst}. */
    public void copyTo(int from, double[] dst, int dstFrom, int count) {
        require(Typecode.DOUBLE, "copyTo(double[])");
        checkRange(from, count);
        memory.copyOut(from, dst, dstFrom, count);
    }

    /** Copies {@code count} elements of {@code src} into a {@code 'd'} array from index {@code to}. */
    public void copyFrom(int to, double[] src, int srcFrom, int count) {
        require(Typecode.DOUBLE, "copyFrom(double[])");
        checkRange(to, count);
        memory.copyIn(src, srcFrom, to, count);
    }

    /** Copies {@code count} elements from index {@code from} of an {@code 'l'}/{@code 'q'} array into {@code dst}. */
    public void copyTo(int from, long[] dst, int dstFrom, int count) {
        requireLong("copyTo(long[])");
        checkRange(from, count);
        memory.copyOut(from, dst, dstFrom, count);
    }

    /** Copies {@code count} elements of {@code src} into an {@code 'l'}/{@code 'q'} array from index {@code to}. */
    public void copyFrom(int to, long[] src, int srcFrom, int count) {
        requireLong("copyFrom(long[])");
        checkRange(to, count);
        memory.copyIn(src, srcFrom, to, count);
    }

    /** Copies {@code count} elements from index {@code from} of an {@code 'i'} array into {@code dst}. */
    public void copyTo(int from, int[] dst, int dstFrom, int count) {
        require(Typecode.INT, "copyTo(int[])");
        checkRange(from, count);
        memory.copyOut(from, dst, dstFrom, count);
    }

    /** Copies {@code count} elements of {@code src} into an {@code 'i'} array from index {@code to}. */
    public void copyFrom(int to, int[] src, int srcFrom, int count) {
        require(Typecode.INT, "copyFrom(int[])");
        checkRange(to, count);
        memory.copyIn(src, srcFrom, to, count);
    }

    /** Every element of a {@code 'd'} array, as a new {@code double[]}. */
    public double[] toDoubleArray() {
        double[] all = new double[length];
        copyTo(0, all, 0, length);
        return all;
    }

    /** Every element of an {@code 'l'}/{@code 'q'} array, as a new {@code long[]}. */
    public long[] toLongArray() {
        long[] all = new long[length];
        copyTo(0, all, 0, length);
        return all;
    }

    /** Every element of an {@code 'i'} array, as a new {@code int[]}. */
    public int[] toIntArray() {
        int[] all = new int[length];
        copyTo(0, all, 0, length);
        return all;
    }

    /** A {@code 'c'} array's bytes up to the first NUL (Python's {@code .value}). */
    public byte[] value() {
        byte[] raw = raw();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                return Arrays.copyOf(raw, i);
            }
        }
        return raw;
    }

    /**
     * Sets a {@code 'c'} array's bytes, followed by a NUL if there is room (Python's
     * {@code .value = b'...'}).
     *
     * @throws IllegalArgumentException if {@code bytes} is longer than the array
     */
    public void setValue(byte[] bytes) {
        setRaw(bytes);
        if (bytes.length < length) {
            memory.set(bytes.length, 0);
        }
    }

    /** Every byte of a {@code 'c'} array (Python's {@code .raw}). */
    public byte[] raw() {
        require(Typecode.CHAR, "raw");
        byte[] all = new byte[length];
        memory.copyOut(0, all, 0, length);
        return all;
    }

    /**
     * Writes {@code bytes} at the start of a {@code 'c'} array (Python's {@code .raw = b'...'}).
     *
     * @throws IllegalArgumentException if {@code bytes} is longer than the array
     */
    public void setRaw(byte[] bytes) {
        require(Typecode.CHAR, "setRaw");
        if (bytes.length > length) {
            throw new IllegalArgumentException("byte string too long: " + bytes.length
                    + " bytes for a 'c' array of length " + length);
        }
        memory.copyIn(bytes, 0, 0, bytes.length);
    }

    private long getAndAddBits(String operation, int index, long delta) {
        if (!typecode.isInteger()) {
            throw new UnsupportedOperationException(operation + " needs an integer typecode, not '"
                    + typecode.code() + "'");
        }
        return memory.getAndAdd(checkIndex(index), delta);
    }

    private int checkIndex(int index) {
        int i = index < 0 ? index + length : index;
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException("array index " + index + " out of range for length " + length);
        }
        return i;
    }

    private void checkRange(int from, int count) {
        if (from < 0 || count < 0 || from > length - count) {
            throw new IndexOutOfBoundsException("elements [" + from + ", " + from + " + " + count
                    + ") out of range for length " + length);
        }
    }

    /** A Python slice bound: negative counts from the end; clamped to {@code [0, length]}. */
    private int clamp(int bound) {
        int b = bound < 0 ? bound + length : bound;
        return Math.clamp(b, 0, length);
    }

    private void require(Typecode expected, String operation) {
        if (typecode != expected) {
            throw new UnsupportedOperationException(operation + " needs typecode '" + expected.code()
                    + "', this array is '" + typecode.code() + "'");
        }
    }

    private void requireLong(String operation) {
        if (typecode != Typecode.LONG && typecode != Typecode.LONG_LONG) {
            throw new UnsupportedOperationException(operation + " needs typecode 'l' or 'q', this array is '"
                    + typecode.code() + "'");
        }
    }

    @Override
    public String toString() {
        return typecode.ctypesName() + "_Array_" + length;
    }
}
