package dev.mp4j.shared.spi;

import java.io.Serializable;

/**
 * The storage of one shared value, as raw bits in a {@code long}. Types of 4 bytes or less
 * live in a 32-bit word: their bits come back sign-extended from it, and
 * {@code Typecode.fromBits} reads only the low bytes. Every operation is atomic and volatile.
 */
public interface Cell extends Serializable {

    long load();

    void store(long bits);

    boolean compareAndSet(long expected, long bits);

    /** Adds to the 32- or 64-bit word; returns the previous bits. */
    long getAndAdd(long delta);
}
