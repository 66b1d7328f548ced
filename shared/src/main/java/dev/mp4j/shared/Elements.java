package dev.mp4j.shared;

import dev.mp4j.core.internal.shm.SharedWords;
import java.nio.ByteOrder;

/**
 * Atomic access to the packed elements of an array, by element size. Reads and writes are
 * volatile; 4- and 8-byte elements are updated by one atomic instruction, 1- and 2-byte ones
 * by a CAS on the aligned 4-byte word that contains them (the JDK offers no sub-word CAS),
 * which leaves the neighbouring elements of that word as they are.
 */
final class Elements {

    private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private Elements() {}

    /** The bits of element {@code index}, sign-extended from its size. */
    static long get(SharedWords s, int size, long index) {
        long at = index * size;
        return switch (size) {
            case 1 -> s.getByteVolatile(at);
            case 2 -> s.getShortVolatile(at);
            case 4 -> s.getIntVolatile(at);
            default -> s.getLongVolatile(at);
        };
    }

    static void set(SharedWords s, int size, long index, long bits) {
        long at = index * size;
        switch (size) {
            case 1 -> s.setByteVolatile(at, (byte) bits);
            case 2 -> s.setShortVolatile(at, (short) bits);
            case 4 -> s.setIntVolatile(at, (int) bits);
            default -> s.setLongVolatile(at, bits);
        }
    }

    /** Adds {@code delta}, wrapping at the element's width; returns the previous bits. */
    static long getAndAdd(SharedWords s, int size, long index, long delta) {
        long at = index * size;
        return switch (size) {
            case 4 -> s.getAndAddInt(at, (int) delta);
            case 8 -> s.getAndAddLong(at, delta);
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
    static boolean compareAndSet(SharedWords s, int size, long index, long expected, long update) {
        long at = index * size;
        return switch (size) {
            case 4 -> s.compareAndSetInt(at, (int) expected, (int) update);
            case 8 -> s.compareAndSetLong(at, expected, update);
            default -> compareAndSetInWord(s, size, at, expected, update);
        };
    }

    private static boolean compareAndSetInWord(SharedWords s, int size, long at, long expected, long update) {
        long word = at & ~3L;
        int lane = (int) (at & 3);
        int shift = (LITTLE_ENDIAN ? lane : 4 - size - lane) * 8;
        int mask = (size == 1 ? 0xFF : 0xFFFF) << shift;
        int want = ((int) expected << shift) & mask;
        int put = ((int) update << shift) & mask;
        while (true) {
            int current = s.getIntVolatile(word);
            if ((current & mask) != want) {
                return false;
            }
            if (s.compareAndSetInt(word, current, (current & ~mask) | put)) {
                return true;
            }
        }
    }
}
