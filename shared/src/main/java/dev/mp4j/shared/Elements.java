package dev.mp4j.shared;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Atomic access to the packed elements of an array segment, by element size. Reads and
 * writes are volatile; 4- and 8-byte elements are updated by one atomic instruction, 1- and
 * 2-byte ones by a CAS on the aligned 4-byte word that contains them (the JDK offers no
 * sub-word CAS), which leaves the neighbouring elements of that word as they are.
 */
final class Elements {

    private static final VarHandle BYTE = ValueLayout.JAVA_BYTE.varHandle();
    private static final VarHandle SHORT = ValueLayout.JAVA_SHORT.varHandle();
    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private Elements() {}

    /** The bits of element {@code index}, sign-extended from its size. */
    static long get(MemorySegment s, int size, long index) {
        long at = index * size;
        return switch (size) {
            case 1 -> (byte) BYTE.getVolatile(s, at);
            case 2 -> (short) SHORT.getVolatile(s, at);
            case 4 -> (int) INT.getVolatile(s, at);
            default -> (long) LONG.getVolatile(s, at);
        };
    }

    static void set(MemorySegment s, int size, long index, long bits) {
        long at = index * size;
        switch (size) {
            case 1 -> BYTE.setVolatile(s, at, (byte) bits);
            case 2 -> SHORT.setVolatile(s, at, (short) bits);
            case 4 -> INT.setVolatile(s, at, (int) bits);
            default -> LONG.setVolatile(s, at, bits);
        }
    }

    /** Adds {@code delta}, wrapping at the element's width; returns the previous bits. */
    static long getAndAdd(MemorySegment s, int size, long index, long delta) {
        long at = index * size;
        return switch (size) {
            case 4 -> (int) INT.getAndAdd(s, at, (int) delta);
            case 8 -> (long) LONG.getAndAdd(s, at, delta);
            default -> {
                while (true) {
                    long old = get(s, size, index);
                    if (compareAndSet(s, size, index, old, old + delta)) {
                        yield old;
                    }
                }
            }
        };
    }

    /** Sets {@code update} if the element's bits (in its width) are {@code expected}. */
    static boolean compareAndSet(MemorySegment s, int size, long index, long expected, long update) {
        long at = index * size;
        return switch (size) {
            case 4 -> INT.compareAndSet(s, at, (int) expected, (int) update);
            case 8 -> LONG.compareAndSet(s, at, expected, update);
            default -> compareAndSetInWord(s, size, at, expected, update);
        };
    }

    private static boolean compareAndSetInWord(MemorySegment s, int size, long at, long expected, long update) {
        long word = at & ~3L;
        int lane = (int) (at & 3);
        int shift = (LITTLE_ENDIAN ? lane : 4 - size - lane) * 8;
        int mask = (size == 1 ? 0xFF : 0xFFFF) << shift;
        int want = ((int) expected << shift) & mask;
        int put = ((int) update << shift) & mask;
        while (true) {
            int current = (int) INT.getVolatile(s, word);
            if ((current & mask) != want) {
                return false;
            }
            if (INT.compareAndSet(s, word, current, (current & ~mask) | put)) {
                return true;
            }
        }
    }
}
