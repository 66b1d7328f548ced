package dev.mp4j.shared;

import dev.mp4j.core.internal.shm.ArenaLayout;

/**
 * The shared-memory format of a spawn-context {@link RawArray}: a block of kind
 * {@code "ARRY"} (whole lines of an arena file up to 64 KiB, past that a file of its own).
 * The elements are packed as C lays out an array of the typecode's type (element {@code i}
 * at {@code ELEMENTS + i * size}, little-endian on x86-64 and aarch64), starting 32-byte
 * aligned, so every element is aligned to its size.
 *
 * <pre>
 *   0               16              24      28      32
 *   +---------------+---------------+-------+-------+------------------------------
 *   | block header  | length        | code  | (pad) | element 0, element 1, ...
 *   | (16 bytes)    | long          | int   |       | length * size bytes, to 8
 *   +---------------+---------------+-------+-------+------------------------------
 * </pre>
 *
 * <p>{@code length} and {@code code} (the typecode character) are written once by the creator
 * before any other process can know the block; attaching checks them against the handle.
 * The elements are zero-filled at creation.
 */
final class ArrayLayout {

    static final String KIND = "ARRY";
    static final long LENGTH = ArenaLayout.BLOCK_WORDS;
    static final long CODE = 24;
    static final long ELEMENTS = 32;

    private ArrayLayout() {}

    /** The block size of an array of {@code length} elements of {@code typecode}. */
    static long size(Typecode typecode, int length) {
        return ELEMENTS + elementsSize(typecode, length);
    }

    /**
     * The bytes of the elements area, rounded up to 8, so that the 4-byte word around the
     * last 1- or 2-byte element (which its CAS updates) is inside the area.
     */
    static long elementsSize(Typecode typecode, int length) {
        return ((long) length * typecode.size() + 7) & ~7L;
    }
}
