package dev.mp4j.shared;

import dev.mp4j.core.Context;
import dev.mp4j.shared.spi.Cell;
import java.io.Serial;
import java.util.Objects;

/**
 * A single number in shared memory with no lock, as Python's
 * {@code multiprocessing.sharedctypes.RawValue}.
 *
 * <pre>{@code
 * RawValue<Long> hits = RawValue.ofLong(Context.spawn(), 0);
 * hits.incrementAndGet();                  // atomic, beyond Python
 * hits.set(hits.get() + 1);                // NOT atomic: another worker may write in between
 * }</pre>
 *
 * <p>Every typecode of {@link Typecode} is supported, with its Java type and range; a value of
 * another Java type, or out of range, is an {@link IllegalArgumentException}.
 *
 * <p>Every {@code get} and {@code set} is atomic on its own (an aligned 4- or 8-byte volatile
 * access: no reader sees a torn value); a read followed by a write is not. The atomic helpers
 * ({@link #incrementAndGet()}, {@link #addAndGet}, {@link #getAndAdd}, {@link #compareAndSet})
 * are lock-free: one atomic instruction on the shared word for 4- and 8-byte integers, a CAS
 * loop for the 1- and 2-byte ones. They wrap around at the type's width, as Java's atomics do
 * ({@code 'B'} at 255 + 1 gives 0); only {@code set} checks the range.
 *
 * <p><b>Memory consistency effects:</b> each access is volatile: a {@code set} happens-before
 * every {@code get} that sees its value, in any process.
 *
 * <p><b>Across processes.</b> In the spawn context the value is a word of a mapped file and
 * travels to child JVMs as a handle; in the threads context it is an atomic heap cell.
 *
 * @param <T> the typecode's Java type (see {@link Typecode})
 * @see Value
 */
public final class RawValue<T> implements SharedValue<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Typecode typecode;
    private final Cell cell;

    private RawValue(Context context, Typecode typecode, T initial) {
        long bits = typecode.toBits(initial);
        this.typecode = typecode;
        this.cell = SharedBackings.cell(Objects.requireNonNull(context, "context"), typecode);
        cell.store(bits);
    }

    /**
     * A raw value of {@code typecode} set to {@code initial}.
     *
     * @throws IllegalArgumentException for an unknown typecode, or an initial value of
     *     another Java type than the typecode's, or out of its range
     */
    public static <T> RawValue<T> of(Context context, char typecode, T initial) {
        return new RawValue<>(context, Typecode.of(typecode), initial);
    }

    /** A zero raw value of {@code typecode} (Python's {@code RawValue(typecode)}). */
    @SuppressWarnings("unchecked")
    public static <T> RawValue<T> of(Context context, char typecode) {
        Typecode t = Typecode.of(typecode);
        return new RawValue<>(context, t, (T) t.fromBits(0));
    }

    /** A raw value of {@code typecode} of the default context, set to {@code initial}. */
    public static <T> RawValue<T> of(char typecode, T initial) {
        return of(Context.defaultContext(), typecode, initial);
    }

    /** A zero raw value of {@code typecode} of the default context. */
    public static <T> RawValue<T> of(char typecode) {
        return of(Context.defaultContext(), typecode);
    }

    /** A raw C int. */
    public static RawValue<Integer> ofInt(Context context, int initial) {
        return new RawValue<>(context, Typecode.INT, initial);
    }

    /** A raw C int of the default context. */
    public static RawValue<Integer> ofInt(int initial) {
        return ofInt(Context.defaultContext(), initial);
    }

    /** A raw C long long. */
    public static RawValue<Long> ofLong(Context context, long initial) {
        return new RawValue<>(context, Typecode.LONG_LONG, initial);
    }

    /** A raw C long long of the default context. */
    public static RawValue<Long> ofLong(long initial) {
        return ofLong(Context.defaultContext(), initial);
    }

    /** A raw C double. */
    public static RawValue<Double> ofDouble(Context context, double initial) {
        return new RawValue<>(context, Typecode.DOUBLE, initial);
    }

    /** A raw C double of the default context. */
    public static RawValue<Double> ofDouble(double initial) {
        return ofDouble(Context.defaultContext(), initial);
    }

    @Override
    public Typecode typecode() {
        return typecode;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get() {
        return (T) typecode.fromBits(cell.load());
    }

    @Override
    public void set(T value) {
        cell.store(typecode.toBits(value));
    }

    @Override
    @SuppressWarnings("unchecked")
    public T addAndGet(long delta) {
        return (T) typecode.fromBits(getAndAddBits("addAndGet", delta) + delta);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T getAndAdd(long delta) {
        return (T) typecode.fromBits(getAndAddBits("getAndAdd", delta));
    }

    @Override
    public boolean compareAndSet(T expected, T update) {
        return cell.compareAndSet(typecode.toBits(expected), typecode.toBits(update));
    }

    private long getAndAddBits(String operation, long delta) {
        if (!typecode.isInteger()) {
            throw new UnsupportedOperationException(operation + " needs an integer typecode, not '"
                    + typecode.code() + "'");
        }
        if (typecode.size() >= 4) {
            return cell.getAndAdd(delta);
        }
        while (true) {
            long old = cell.load();
            if (cell.compareAndSet(old, typecode.wrap(old + delta))) {
                return old;
            }
        }
    }

    @Override
    public String toString() {
        return typecode.ctypesName() + "(" + get() + ")";
    }
}
