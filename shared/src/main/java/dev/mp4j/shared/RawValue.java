package dev.mp4j.shared;

import dev.mp4j.core.Context;
import java.io.Serial;
import java.io.Serializable;
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
 * <p>Every {@code get} and {@code set} is atomic on its own (a 4- or 8-byte aligned volatile
 * access: no reader sees a torn value); a read followed by a write is not. The atomic helpers
 * ({@link #incrementAndGet()}, {@link #addAndGet}, {@link #getAndAdd}, {@link #compareAndSet})
 * are single atomic instructions on the shared word.
 *
 * <p><b>Memory consistency effects:</b> each access is volatile: a {@code set} happens-before
 * every {@code get} that sees its value, in any process.
 *
 * <p><b>Across processes.</b> In the spawn context the value is a word of a mapped file and
 * travels to child JVMs as a handle; in the threads context it is an atomic heap cell.
 *
 * @param <T> {@code Integer}, {@code Long} or {@code Double}, as the typecode says
 * @see Value
 */
public final class RawValue<T> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Typecode typecode;
    private final Cell cell;

    private RawValue(Context context, Typecode typecode, T initial) {
        this.typecode = typecode;
        this.cell = SharedBackings.cell(Objects.requireNonNull(context, "context"), typecode);
        cell.store(typecode.toBits(initial));
    }

    /**
     * A raw value of {@code typecode} ({@code 'i'}, {@code 'l'}, {@code 'q'} or {@code 'd'})
     * set to {@code initial}.
     *
     * @throws IllegalArgumentException for an unsupported typecode, or an initial value of
     *     another Java type than the typecode's
     */
    public static <T> RawValue<T> of(Context context, char typecode, T initial) {
        return new RawValue<>(context, Typecode.of(typecode), initial);
    }

    /** A raw C int. */
    public static RawValue<Integer> ofInt(Context context, int initial) {
        return new RawValue<>(context, Typecode.INT, initial);
    }

    /** A raw C long long. */
    public static RawValue<Long> ofLong(Context context, long initial) {
        return new RawValue<>(context, Typecode.LONG_LONG, initial);
    }

    /** A raw C double. */
    public static RawValue<Double> ofDouble(Context context, double initial) {
        return new RawValue<>(context, Typecode.DOUBLE, initial);
    }

    /** The typecode. */
    public Typecode typecode() {
        return typecode;
    }

    /** The value (Python's {@code .value}). */
    @SuppressWarnings("unchecked")
    public T get() {
        return (T) typecode.fromBits(cell.load());
    }

    /**
     * Sets the value.
     *
     * @throws IllegalArgumentException if {@code value} is not of the typecode's Java type
     */
    public void set(T value) {
        cell.store(typecode.toBits(value));
    }

    /** Atomically adds one; returns the new value. Integer typecodes only. */
    public T incrementAndGet() {
        return addAndGet(1);
    }

    /** Atomically adds {@code delta}; returns the new value. Integer typecodes only. */
    @SuppressWarnings("unchecked")
    public T addAndGet(long delta) {
        requireInteger("addAndGet");
        return (T) typecode.fromBits(cell.getAndAdd(delta) + delta);
    }

    /** Atomically adds {@code delta}; returns the previous value. Integer typecodes only. */
    @SuppressWarnings("unchecked")
    public T getAndAdd(long delta) {
        requireInteger("getAndAdd");
        return (T) typecode.fromBits(cell.getAndAdd(delta));
    }

    /**
     * Atomically sets {@code update} if the value is {@code expected}; returns whether it did.
     * Doubles compare by their bits, so {@code NaN} matches {@code NaN}.
     */
    public boolean compareAndSet(T expected, T update) {
        return cell.compareAndSet(typecode.toBits(expected), typecode.toBits(update));
    }

    private void requireInteger(String operation) {
        if (!typecode.isInteger()) {
            throw new UnsupportedOperationException(operation + " needs an integer typecode, not '"
                    + typecode.code() + "'");
        }
    }

    @Override
    public String toString() {
        return "c_" + typecode.name().toLowerCase() + "(" + get() + ")";
    }
}
