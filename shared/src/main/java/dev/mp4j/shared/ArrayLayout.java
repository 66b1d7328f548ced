package dev.mp4j.shared;

/**
 * The shared-memory format of a spawn-context {@link RawArray}: the data area of a segment of
 * kind {@code "ARRY"}. The elements are packed as C lays out an array of the typecode's type
 * (element {@code i} at {@code ELEMENTS + i * size}, little-endian on x86-64 and aarch64),
 * starting on a 128-byte line, so every element is aligned to its size.
 *
 * <pre>
 *   0               8       12                                    128
 *   +---------------+-------+-------------------------------------+------------------------
 *   | length        | code  | (padding)                           | element 0, element 1, ...
 *   | long          | int   |                                     | length * size bytes, to 8
 *   +---------------+-------+-------------------------------------+------------------------
 * </pre>
 *
 * <p>{@code length} and {@code code} (the typecode character) are written once by the creator
 * before any other process can know the segment's name; attaching checks them against the
 * handle. The elements are zero-filled at creation.
 */
final class ArrayLayout {

    static final String KIND = "ARRY";
    static final int VERSION = 1;
    static final long LENGTH = 0;
    static final long CODE = 8;
    static final long ELEMENTS = 128;

    private ArrayLayout() {}

    /** The data size of an array of {@code length} elements of {@code typecode}. */
    static long dataSize(Typecode typecode, int length) {
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
