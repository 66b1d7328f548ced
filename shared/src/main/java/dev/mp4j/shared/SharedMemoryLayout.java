package dev.mp4j.shared;

import java.util.regex.Pattern;

/**
 * The shared-memory format of a {@link SharedMemory} block: a named segment of kind
 * {@code "SHMB"} whose data area is exactly the block's bytes, nothing else, so that
 * {@code buffer()} is the data area itself. The segment header (see
 * {@code SegmentHeaderLayout}) records the size and the creator, who owns the block.
 *
 * <pre>
 *   file shm.&lt;name&gt; in the runtime directory
 *   0                                        128                       128 + size
 *   +----------------------------------------+-------------------------+
 *   | segment header (magic, kind "SHMB",    | the block's bytes       |
 *   | creator pid + start, size)             | zero-filled at creation |
 *   +----------------------------------------+-------------------------+
 * </pre>
 */
final class SharedMemoryLayout {

    static final String KIND = "SHMB";
    static final int VERSION = 1;

    /** What a block name may be: a file-name-safe word of up to 200 characters. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}");

    private SharedMemoryLayout() {}
}
