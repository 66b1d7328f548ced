package dev.mp4j.shared;

import dev.mp4j.core.Context;
import dev.mp4j.sync.Held;
import dev.mp4j.sync.Mutex;
import dev.mp4j.sync.OwnerDiedError;
import dev.mp4j.sync.RLock;
import java.io.Serial;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A fixed-length array of numbers in shared memory guarded by a lock, as Python's
 * {@code multiprocessing.Array}.
 *
 * <pre>{@code
 * Array<Integer> counts = Array.of(Context.spawn(), 'i', List.of(1, 2, 3));
 * // in each worker:
 * try (var _ = counts.getLock().hold()) {          // Python: with counts.get_lock():
 *     for (int i = 0; i < counts.length(); i++) {
 *         counts.set(i, counts.get(i) + 1);
 *     }
 * }
 * }</pre>
 *
 * <p>As in Python, every method takes the lock for its own access ({@link #slice},
 * {@link #setSlice} and the bulk copies hold it once for the whole range), so
 * <b>{@code a.set(i, a.get(i) + 1)} is not atomic</b>: hold {@link #getLock()} around it (it
 * is an {@link RLock} unless another lock was given, so the calls inside re-enter it), or use
 * {@link #incrementAndGet(int)}, an atomic instruction that needs no lock. Indexes and
 * slices follow Python (see {@link SharedArray}); the typed paths ({@link #getDouble},
 * {@link #copyTo(int, double[], int, int)}, ...) avoid boxing, and {@link #getObj()} gives the
 * {@link RawArray} for loops that need no lock at all.
 *
 * <p><b>Memory consistency effects:</b> as for the lock: actions before releasing it
 * happen-before actions after acquiring it, in any process.
 *
 * <p><b>Across processes.</b> In the spawn context the elements and the lock live in mapped
 * files and travel to child JVMs as handles.
 *
 * <p><b>If a holder of the lock dies</b> (spawn context only), perhaps inside a
 * {@code setSlice} or a {@code copyFrom} that had written half its elements, the next acquire
 * takes the lock over and the lock becomes inconsistent ({@link Mutex#isConsistent()}), a
 * mark in shared memory that no release clears. From then on every access of the elements
 * (every method but {@link #getLock()}, {@link #getObj()}, {@link #hold()},
 * {@link #length()} and {@link #typecode()}; the atomic helpers too), in every process,
 * throws an {@link OwnerDiedError} naming the dead process, rather than hand out half-old,
 * half-new data. To recover, hold the lock (the holder that took it over sees
 * {@link Mutex#ownerDied()}), repair through {@link #getObj()}, which does not check, and
 * call {@code getLock().markConsistent()}:
 *
 * <pre>{@code
 * try (var _ = frame.hold()) {
 *     if (!frame.getLock().isConsistent()) {
 *         frame.getObj().copyFrom(0, lastGoodFrame, 0, lastGoodFrame.length);
 *         frame.getLock().markConsistent();
 *     }
 * }
 * }</pre>
 *
 * @param <T> the typecode's Java type (see {@link Typecode})
 * @see RawArray
 */
public final class Array<T> implements SharedArray<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final RawArray<T> raw;
    private final Mutex lock;

    private Array(RawArray<T> raw, Mutex lock) {
        this.raw = raw;
        this.lock = Objects.requireNonNull(lock, "lock");
    }

    /** A zero-filled array of {@code size} elements of {@code typecode} with a new {@link RLock}. */
    public static <T> Array<T> of(Context context, char typecode, int size) {
        return new Array<>(RawArray.of(context, typecode, size), new RLock(context));
    }

    /** A zero-filled array of the default context with a new RLock. */
    public static <T> Array<T> of(char typecode, int size) {
        return of(Context.defaultContext(), typecode, size);
    }

    /**
     * An array of {@code typecode} holding {@code initializer}, with a new {@link RLock}.
     *
     * @throws IllegalArgumentException if an element is of another Java type or out of range
     */
    public static <T> Array<T> of(Context context, char typecode, List<? extends T> initializer) {
        return new Array<>(RawArray.of(context, typecode, initializer), new RLock(context));
    }

    /** An array of the default context holding {@code initializer}, with a new RLock. */
    public static <T> Array<T> of(char typecode, List<? extends T> initializer) {
        return of(Context.defaultContext(), typecode, initializer);
    }

    /** A zero-filled array guarded by {@code lock}, a Lock or RLock of the same context. */
    public static <T> Array<T> of(Context context, char typecode, int size, Mutex lock) {
        return new Array<>(RawArray.of(context, typecode, size), lock);
    }

    /** A zero-filled array of the default context guarded by {@code lock}. */
    public static <T> Array<T> of(char typecode, int size, Mutex lock) {
        return of(Context.defaultContext(), typecode, size, lock);
    }

    /** An array holding {@code initializer}, guarded by {@code lock}. */
    public static <T> Array<T> of(Context context, char typecode, List<? extends T> initializer, Mutex lock) {
        return new Array<>(RawArray.of(context, typecode, initializer), lock);
    }

    /** An array of the default context holding {@code initializer}, guarded by {@code lock}. */
    public static <T> Array<T> of(char typecode, List<? extends T> initializer, Mutex lock) {
        return of(Context.defaultContext(), typecode, initializer, lock);
    }

    /**
     * Python's {@code Array(typecode, size, lock=lock)}: with {@code lock} true an
     * {@code Array} with a new RLock, with {@code lock} false the {@link RawArray} itself.
     */
    public static <T> SharedArray<T> of(Context context, char typecode, int size, boolean lock) {
        return lock ? of(context, typecode, size) : RawArray.of(context, typecode, size);
    }

    /** {@link #of(Context, char, int, boolean)} on the default context. */
    public static <T> SharedArray<T> of(char typecode, int size, boolean lock) {
        return of(Context.defaultContext(), typecode, size, lock);
    }

    /** Python's {@code Array(typecode, initializer, lock=lock)}. */
    public static <T> SharedArray<T> of(Context context, char typecode, List<? extends T> initializer, boolean lock) {
        return lock ? of(context, typecode, initializer) : RawArray.of(context, typecode, initializer);
    }

    /** {@link #of(Context, char, List, boolean)} on the default context. */
    public static <T> SharedArray<T> of(char typecode, List<? extends T> initializer, boolean lock) {
        return of(Context.defaultContext(), typecode, initializer, lock);
    }

    /** An array of C ints holding {@code values}, with a new RLock. */
    public static Array<Integer> ofInts(Context context, int... values) {
        return new Array<>(RawArray.ofInts(context, values), new RLock(context));
    }

    /** An array of C ints of the default context holding {@code values}, with a new RLock. */
    public static Array<Integer> ofInts(int... values) {
        return ofInts(Context.defaultContext(), values);
    }

    /** An array of C long longs holding {@code values}, with a new RLock. */
    public static Array<Long> ofLongs(Context context, long... values) {
        return new Array<>(RawArray.ofLongs(context, values), new RLock(context));
    }

    /** An array of C long longs of the default context holding {@code values}, with a new RLock. */
    public static Array<Long> ofLongs(long... values) {
        return ofLongs(Context.defaultContext(), values);
    }

    /** An array of C doubles holding {@code values}, with a new RLock. */
    public static Array<Double> ofDoubles(Context context, double... values) {
        return new Array<>(RawArray.ofDoubles(context, values), new RLock(context));
    }

    /** An array of C doubles of the default context holding {@code values}, with a new RLock. */
    public static Array<Double> ofDoubles(double... values) {
        return ofDoubles(Context.defaultContext(), values);
    }

    /** A {@code 'c'} array holding {@code bytes}, with a new RLock. */
    public static Array<Byte> ofBytes(Context context, byte... bytes) {
        return new Array<>(RawArray.ofBytes(context, bytes), new RLock(context));
    }

    /** A {@code 'c'} array of the default context holding {@code bytes}, with a new RLock. */
    public static Array<Byte> ofBytes(byte... bytes) {
        return ofBytes(Context.defaultContext(), bytes);
    }

    /** The lock that guards the array (Python's {@code get_lock()}). */
    public Mutex getLock() {
        return lock;
    }

    /** The array without its lock (Python's {@code get_obj()}). */
    public RawArray<T> getObj() {
        return raw;
    }

    /**
     * Acquires the lock and returns what releases it: Python's {@code with arr:}. It does not
     * refuse an inconsistent lock: holding it is how a repair starts.
     */
    public Held hold() {
        return lock.hold();
    }

    @Override
    public int length() {
        return raw.length();
    }

    @Override
    public Typecode typecode() {
        return raw.typecode();
    }

    @Override
    public T get(int index) {
        return locked(() -> raw.get(index));
    }

    @Override
    public void set(int index, T value) {
        try (Held ignored = access()) {
            raw.set(index, value);
        }
    }

    @Override
    public List<T> slice(int from, int to) {
        return locked(() -> raw.slice(from, to));
    }

    @Override
    public void setSlice(int from, int to, List<? extends T> values) {
        try (Held ignored = access()) {
            raw.setSlice(from, to, values);
        }
    }

    @Override
    public List<T> toList() {
        return locked(raw::toList);
    }

    /** Atomically adds {@code delta} without the lock; returns the new value. Integer typecodes only. */
    @Override
    public T addAndGet(int index, long delta) {
        GuardedAccess.requireConsistent(lock, "Array");
        return raw.addAndGet(index, delta);
    }

    /** Atomically adds {@code delta} without the lock; returns the previous value. Integer typecodes only. */
    @Override
    public T getAndAdd(int index, long delta) {
        GuardedAccess.requireConsistent(lock, "Array");
        return raw.getAndAdd(index, delta);
    }

    /** Atomically compares and sets without the lock. */
    @Override
    public boolean compareAndSet(int index, T expected, T update) {
        GuardedAccess.requireConsistent(lock, "Array");
        return raw.compareAndSet(index, expected, update);
    }

    /** Element {@code index} of a {@code 'd'} array, under the lock. */
    public double getDouble(int index) {
        try (Held ignored = access()) {
            return raw.getDouble(index);
        }
    }

    /** Sets element {@code index} of a {@code 'd'} array, under the lock. */
    public void setDouble(int index, double value) {
        try (Held ignored = access()) {
            raw.setDouble(index, value);
        }
    }

    /** Element {@code index} of an {@code 'l'}/{@code 'q'} array, under the lock. */
    public long getLong(int index) {
        try (Held ignored = access()) {
            return raw.getLong(index);
        }
    }

    /** Element {@code index} of an {@code 'i'} array, under the lock. */
    public int getInt(int index) {
        try (Held ignored = access()) {
            return raw.getInt(index);
        }
    }

    /** {@link RawArray#copyTo(int, double[], int, int)} under the lock. */
    public void copyTo(int from, double[] dst, int dstFrom, int count) {
        try (Held ignored = access()) {
            raw.copyTo(from, dst, dstFrom, count);
        }
    }

    /** {@link RawArray#copyFrom(int, double[], int, int)} under the lock. */
    public void copyFrom(int to, double[] src, int srcFrom, int count) {
        try (Held ignored = access()) {
            raw.copyFrom(to, src, srcFrom, count);
        }
    }

    /** {@link RawArray#copyTo(int, long[], int, int)} under the lock. */
    public void copyTo(int from, long[] dst, int dstFrom, int count) {
        try (Held ignored = access()) {
            raw.copyTo(from, dst, dstFrom, count);
        }
    }

    /** {@link RawArray#copyFrom(int, long[], int, int)} under the lock. */
    public void copyFrom(int to, long[] src, int srcFrom, int count) {
        try (Held ignored = access()) {
            raw.copyFrom(to, src, srcFrom, count);
        }
    }

    /** {@link RawArray#copyTo(int, int[], int, int)} under the lock. */
    public void copyTo(int from, int[] dst, int dstFrom, int count) {
        try (Held ignored = access()) {
            raw.copyTo(from, dst, dstFrom, count);
        }
    }

    /** {@link RawArray#copyFrom(int, int[], int, int)} under the lock. */
    public void copyFrom(int to, int[] src, int srcFrom, int count) {
        try (Held ignored = access()) {
            raw.copyFrom(to, src, srcFrom, count);
        }
    }

    /** Every element of a {@code 'd'} array, under the lock. */
    public double[] toDoubleArray() {
        return locked(raw::toDoubleArray);
    }

    /** Every element of an {@code 'l'}/{@code 'q'} array, under the lock. */
    public long[] toLongArray() {
        return locked(raw::toLongArray);
    }

    /** Every element of an {@code 'i'} array, under the lock. */
    public int[] toIntArray() {
        return locked(raw::toIntArray);
    }

    /** A {@code 'c'} array's bytes up to the first NUL (Python's {@code .value}), under the lock. */
    public byte[] value() {
        return locked(raw::value);
    }

    /** {@link RawArray#setValue(byte[])} under the lock. */
    public void setValue(byte[] bytes) {
        try (Held ignored = access()) {
            raw.setValue(bytes);
        }
    }

    /** Every byte of a {@code 'c'} array (Python's {@code .raw}), under the lock. */
    public byte[] raw() {
        return locked(raw::raw);
    }

    /** {@link RawArray#setRaw(byte[])} under the lock. */
    public void setRaw(byte[] bytes) {
        try (Held ignored = access()) {
            raw.setRaw(bytes);
        }
    }

    private <R> R locked(Supplier<R> read) {
        try (Held ignored = access()) {
            return read.get();
        }
    }

    private Held access() {
        return GuardedAccess.hold(lock, "Array");
    }

    @Override
    public String toString() {
        return "<SynchronizedArray wrapper for " + raw + ">";
    }
}
