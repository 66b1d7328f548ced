package dev.mp4j.shared;

import dev.mp4j.core.internal.shm.ArenaLayout;

/**
 * The shared-memory format of a spawn-context {@link RawValue}: one block of kind
 * {@code "VALU"} (a 128-byte line of an arena file, so that two values never share a cache
 * line).
 *
 * <pre>
 *   0               16              24
 *   +---------------+---------------+
 *   | block header  | value         |
 *   | (16 bytes)    | 4 or 8 bytes  |
 *   +---------------+---------------+
 * </pre>
 *
 * <p>A type of 4 bytes or less uses the first 4 bytes of {@code value} (its bits
 * sign-extended to an int); the value is always accessed atomically (volatile reads and
 * writes, CAS, atomic add), aligned, so no reader sees a torn value.
 */
final class SharedValueLayout {

    static final String KIND = "VALU";
    static final long VALUE = ArenaLayout.BLOCK_WORDS;
    static final long SIZE = 24;

    private SharedValueLayout() {}
}
