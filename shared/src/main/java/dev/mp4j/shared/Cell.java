package dev.mp4j.shared;

import java.io.Serializable;

/**
 * The storage of one shared value, as raw bits in a {@code long}: 4-byte cells hold
 * sign-extended ints and wrap at 32 bits. Every operation is atomic and volatile.
 */
interface Cell extends Serializable {

    long load();

    void store(long bits);

    boolean compareAndSet(long expected, long bits);

    /** Adds to an integer cell; returns the previous bits. */
    long getAndAdd(long delta);
}
