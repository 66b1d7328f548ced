package dev.mp4j.shared;

import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * The shared-memory format of a spawn-context {@link RawValue}: one 128-byte line in the data
 * area of a segment of kind {@code "VALU"}, so that two values never share a cache line.
 *
 * <pre>
 *   0               8                                                     128
 *   +---------------+-----------------------------------------------------+
 *   | value         | (padding)                                           |
 *   | 4 or 8 bytes  |                                                     |
 *   +---------------+-----------------------------------------------------+
 * </pre>
 *
 * <p>A type of 4 bytes or less uses the first 4 bytes (its bits sign-extended to an int); the value is always accessed atomically through
 * {@link #INT} or {@link #LONG}, aligned, so no reader sees a torn value.
 */
final class SharedValueLayout {

    static final String KIND = "VALU";
    static final int VERSION = 1;
    static final long SIZE = 128;
    static final long VALUE = 0;

    static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();
    static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private SharedValueLayout() {}
}
