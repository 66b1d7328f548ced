package dev.mp4j.core.internal.shm;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * The words of a region of shared memory, read and written through named access modes:
 * the one place where mp4j touches a shared word, so that every access says how it is
 * ordered ({@code getIntVolatile}, {@code setLongRelease}, {@code compareAndSetInt}, ...)
 * and no caller handles a {@link VarHandle} or casts its result.
 *
 * <pre>{@code
 * SharedWords line = block.words();
 * if (line.compareAndSetLong(LOCK_WORD, FREE, me)) { ... }     // volatile CAS
 * int sleepers = line.getIntVolatile(WAITERS);
 * }</pre>
 *
 * <p>Offsets are byte offsets into the region; an access must be aligned to its size (the
 * layouts place every word so). Which mode a word needs is written once in the package
 * documentation; each {@code *Layout} class says which mode each of its words uses.
 *
 * <p>Thread-safe as memory is: the methods are the memory operations themselves.
 */
public final class SharedWords {

    private static final VarHandle BYTE = ValueLayout.JAVA_BYTE.varHandle();
    private static final VarHandle SHORT = ValueLayout.JAVA_SHORT.varHandle();
    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private final MemorySegment region;

    /** The words of {@code region} (a mapped slice, or a heap segment in the threads context). */
    public SharedWords(MemorySegment region) {
        this.region = region;
    }

    /** The region's size in bytes. */
    public long byteSize() {
        return region.byteSize();
    }

    /** The region itself, for bulk copies; word accesses go through the methods here. */
    public MemorySegment segment() {
        return region;
    }

    /**
     * The native address of the word at {@code offset}, for the futex system call; the caller
     * keeps this object reachable while the address is in use.
     */
    long address(long offset) {
        return region.address() + java.util.Objects.checkFromIndexSize(offset, 4, region.byteSize());
    }

    /** The words of {@code [offset, offset + size)} of this region. */
    public SharedWords slice(long offset, long size) {
        return new SharedWords(region.asSlice(offset, size));
    }

    // ---- int ----

    public int getInt(long offset) {
        return (int) INT.get(region, offset);
    }

    public int getIntOpaque(long offset) {
        return (int) INT.getOpaque(region, offset);
    }

    public int getIntAcquire(long offset) {
        return (int) INT.getAcquire(region, offset);
    }

    public int getIntVolatile(long offset) {
        return (int) INT.getVolatile(region, offset);
    }

    public void setInt(long offset, int value) {
        INT.set(region, offset, value);
    }

    public void setIntOpaque(long offset, int value) {
        INT.setOpaque(region, offset, value);
    }

    public void setIntRelease(long offset, int value) {
        INT.setRelease(region, offset, value);
    }

    public void setIntVolatile(long offset, int value) {
        INT.setVolatile(region, offset, value);
    }

    public boolean compareAndSetInt(long offset, int expected, int value) {
        return INT.compareAndSet(region, offset, expected, value);
    }

    /** Adds atomically (volatile); returns the previous value. */
    public int getAndAddInt(long offset, int delta) {
        return (int) INT.getAndAdd(region, offset, delta);
    }

    // ---- long ----

    /**
     * A volatile read of the long at {@code offset} of {@code region}: the form for a read so
     * hot that the hop through a SharedWords object shows (an Event's {@code isSet}).
     */
    public static long getLongVolatile(MemorySegment region, long offset) {
        return (long) LONG.getVolatile(region, offset);
    }

    public long getLong(long offset) {
        return (long) LONG.get(region, offset);
    }

    public long getLongOpaque(long offset) {
        return (long) LONG.getOpaque(region, offset);
    }

    public long getLongAcquire(long offset) {
        return (long) LONG.getAcquire(region, offset);
    }

    public long getLongVolatile(long offset) {
        return (long) LONG.getVolatile(region, offset);
    }

    public void setLong(long offset, long value) {
        LONG.set(region, offset, value);
    }

    public void setLongOpaque(long offset, long value) {
        LONG.setOpaque(region, offset, value);
    }

    public void setLongRelease(long offset, long value) {
        LONG.setRelease(region, offset, value);
    }

    public void setLongVolatile(long offset, long value) {
        LONG.setVolatile(region, offset, value);
    }

    public boolean compareAndSetLong(long offset, long expected, long value) {
        return LONG.compareAndSet(region, offset, expected, value);
    }

    /** Sets atomically (volatile); returns the previous value. */
    public long getAndSetLong(long offset, long value) {
        return (long) LONG.getAndSet(region, offset, value);
    }

    /** Adds atomically (volatile); returns the previous value. */
    public long getAndAddLong(long offset, long delta) {
        return (long) LONG.getAndAdd(region, offset, delta);
    }

    // ---- the narrow elements of shared arrays: volatile reads and writes only ----

    public byte getByteVolatile(long offset) {
        return (byte) BYTE.getVolatile(region, offset);
    }

    public void setByteVolatile(long offset, byte value) {
        BYTE.setVolatile(region, offset, value);
    }

    public short getShortVolatile(long offset) {
        return (short) SHORT.getVolatile(region, offset);
    }

    public void setShortVolatile(long offset, short value) {
        SHORT.setVolatile(region, offset, value);
    }
}
