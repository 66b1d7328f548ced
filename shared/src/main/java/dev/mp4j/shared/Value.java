package dev.mp4j.shared;

import dev.mp4j.core.Context;
import dev.mp4j.sync.Held;
import dev.mp4j.sync.Mutex;
import dev.mp4j.sync.OwnerDiedError;
import dev.mp4j.sync.RLock;
import java.io.Serial;
import java.util.Objects;

/**
 * A single number in shared memory guarded by a lock, as Python's {@code multiprocessing.Value}.
 *
 * <pre>{@code
 * Value<Integer> counter = Value.ofInt(Context.spawn(), 0);
 * // in each worker:
 * try (var _ = counter.getLock().hold()) {     // Python: with counter.get_lock():
 *     counter.set(counter.get() + 1);
 * }
 * }</pre>
 *
 * <p>As in Python, {@link #get()} and {@link #set} each take the lock for their own access,
 * so <b>{@code counter.set(counter.get() + 1)} is not atomic</b>: two workers can read the
 * same value and both write value + 1, losing an increment. Hold {@link #getLock()} around
 * the read and the write (the lock is an {@link RLock}, so {@code get} and {@code set} re-enter
 * it), or use {@link #incrementAndGet()}, an atomic instruction that needs no lock.
 *
 * <p><b>Memory consistency effects:</b> as for the lock: actions before releasing it
 * happen-before actions after acquiring it, in any process.
 *
 * <p><b>Across processes.</b> In the spawn context the value and its lock live in mapped
 * files and travel to child JVMs as handles.
 *
 * <p><b>If a holder of the lock dies</b> (spawn context only), the next acquire takes the
 * lock over and the lock becomes inconsistent ({@link Mutex#isConsistent()}), a mark in shared
 * memory that no release clears. From then on every access of the value ({@code get},
 * {@code set} and the atomic helpers), in every process, throws an {@link OwnerDiedError}
 * naming the dead process, rather than hand out what it may have left half updated (a value
 * computed from others under the same lock, say). To recover, hold the lock (the holder that
 * took it over sees {@link Mutex#ownerDied()}), repair through {@link #getObj()}, which does
 * not check, and call {@code getLock().markConsistent()}:
 *
 * <pre>{@code
 * try (var _ = counter.hold()) {
 *     if (!counter.getLock().isConsistent()) {
 *         counter.getObj().set(recount());
 *         counter.getLock().markConsistent();
 *     }
 * }
 * }</pre>
 *
 * <p>Every typecode of {@link Typecode} is supported, with its Java type and range.
 *
 * @param <T> the typecode's Java type (see {@link Typecode})
 * @see RawValue
 */
public final class Value<T> implements SharedValue<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final RawValue<T> raw;
    private final Mutex lock;

    private Value(RawValue<T> raw, Mutex lock) {
        this.raw = raw;
        this.lock = Objects.requireNonNull(lock, "lock");
    }

    /**
     * A value of {@code typecode} set to {@code initial}, with a new {@link RLock} of the same
     * context (Python's {@code lock=True}).
     *
     * @throws IllegalArgumentException for an unknown typecode, or an initial value of another
     *     Java type than the typecode's, or out of its range
     */
    public static <T> Value<T> of(Context context, char typecode, T initial) {
        return new Value<>(RawValue.of(context, typecode, initial), new RLock(context));
    }

    /** A zero value of {@code typecode} with a new RLock (Python's {@code Value(typecode)}). */
    public static <T> Value<T> of(Context context, char typecode) {
        return new Value<>(RawValue.of(context, typecode), new RLock(context));
    }

    /** A value of the default context with its own RLock. */
    public static <T> Value<T> of(char typecode, T initial) {
        return of(Context.defaultContext(), typecode, initial);
    }

    /** A zero value of {@code typecode} of the default context, with its own RLock. */
    public static <T> Value<T> of(char typecode) {
        return of(Context.defaultContext(), typecode);
    }

    /**
     * Python's {@code Value(typecode, initial, lock=lock)}: with {@code lock} true a
     * {@code Value} with a new {@link RLock}, with {@code lock} false the {@link RawValue}
     * itself, which has no lock.
     */
    public static <T> SharedValue<T> of(Context context, char typecode, T initial, boolean lock) {
        return lock ? of(context, typecode, initial) : RawValue.of(context, typecode, initial);
    }

    /** {@link #of(Context, char, Object, boolean)} on the default context. */
    public static <T> SharedValue<T> of(char typecode, T initial, boolean lock) {
        return of(Context.defaultContext(), typecode, initial, lock);
    }

    /** A value guarded by {@code lock}, a Lock or RLock of the same context. */
    public static <T> Value<T> of(Context context, char typecode, T initial, Mutex lock) {
        return new Value<>(RawValue.of(context, typecode, initial), lock);
    }

    /** A value of the default context guarded by {@code lock}, a Lock or RLock of that context. */
    public static <T> Value<T> of(char typecode, T initial, Mutex lock) {
        return of(Context.defaultContext(), typecode, initial, lock);
    }

    /** A C int with its own RLock. */
    public static Value<Integer> ofInt(Context context, int initial) {
        return of(context, 'i', initial);
    }

    /** A C int of the default context with its own RLock. */
    public static Value<Integer> ofInt(int initial) {
        return ofInt(Context.defaultContext(), initial);
    }

    /** A C long long with its own RLock. */
    public static Value<Long> ofLong(Context context, long initial) {
        return of(context, 'q', initial);
    }

    /** A C long long of the default context with its own RLock. */
    public static Value<Long> ofLong(long initial) {
        return ofLong(Context.defaultContext(), initial);
    }

    /** A C double with its own RLock. */
    public static Value<Double> ofDouble(Context context, double initial) {
        return of(context, 'd', initial);
    }

    /** A C double of the default context with its own RLock. */
    public static Value<Double> ofDouble(double initial) {
        return ofDouble(Context.defaultContext(), initial);
    }

    /**
     * The value, read under the lock (Python's {@code .value}).
     *
     * @throws OwnerDiedError if the lock is inconsistent: a process died holding it
     */
    @Override
    public T get() {
        try (Held ignored = GuardedAccess.hold(lock, "Value")) {
            return raw.get();
        }
    }

    /**
     * Sets the value under the lock.
     *
     * @throws IllegalArgumentException if {@code value} is not of the typecode's Java type or
     *     out of its range
     * @throws OwnerDiedError if the lock is inconsistent: a process died holding it
     */
    @Override
    public void set(T value) {
        try (Held ignored = GuardedAccess.hold(lock, "Value")) {
            raw.set(value);
        }
    }

    /** The lock that guards the value (Python's {@code get_lock()}). */
    public Mutex getLock() {
        return lock;
    }

    /** The value without its lock (Python's {@code get_obj()}). */
    public RawValue<T> getObj() {
        return raw;
    }

    /**
     * Acquires the lock and returns what releases it: Python's {@code with value:}. It does not
     * refuse an inconsistent lock: holding it is how a repair starts.
     */
    public Held hold() {
        return lock.hold();
    }

    /** The typecode. */
    @Override
    public Typecode typecode() {
        return raw.typecode();
    }

    /** Atomically adds one without the lock; returns the new value. Integer typecodes only. */
    @Override
    public T incrementAndGet() {
        GuardedAccess.requireConsistent(lock, "Value");
        return raw.incrementAndGet();
    }

    /** Atomically adds {@code delta} without the lock; returns the new value. Integer typecodes only. */
    @Override
    public T addAndGet(long delta) {
        GuardedAccess.requireConsistent(lock, "Value");
        return raw.addAndGet(delta);
    }

    /** Atomically adds {@code delta} without the lock; returns the previous value. Integer typecodes only. */
    @Override
    public T getAndAdd(long delta) {
        GuardedAccess.requireConsistent(lock, "Value");
        return raw.getAndAdd(delta);
    }

    /** Atomically sets {@code update} if the value is {@code expected}, without the lock. */
    @Override
    public boolean compareAndSet(T expected, T update) {
        GuardedAccess.requireConsistent(lock, "Value");
        return raw.compareAndSet(expected, update);
    }

    @Override
    public String toString() {
        return "<Synchronized wrapper for " + raw + ">";
    }
}
