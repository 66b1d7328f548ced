package dev.mp4j.core.internal.shm;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The header at the start of every mapped mp4j file. The data area of the file's own
 * layout follows at {@link #DATA_OFFSET}, on a 128-byte boundary.
 *
 * <pre>
 *   0               8       12      16              24              32              40
 *   +---------------+-------+-------+---------------+---------------+---------------+-----------+
 *   | magic         |version| kind  | creator pid   | creator start | data size     | reserved  |
 *   | "MP4JSHM\0"   | int   | int   | long          | long (ms)     | long          | ... 128   |
 *   +---------------+-------+-------+---------------+---------------+---------------+-----------+
 * </pre>
 *
 * <ul>
 *   <li>{@code kind} is a four-character code chosen by the layout class of the data
 *       ({@code "LOCK"}, {@code "VALU"}, ...), and {@code version} is that layout's version:
 *       attaching checks both, so a handle never maps a file of another format.</li>
 *   <li>The creator's pid and start time are written once, before the file is visible
 *       under its final name, and never change.</li>
 * </ul>
 */
public final class SegmentHeaderLayout {

    /** "MP4JSHM\0" read as a big-endian long. */
    public static final long MAGIC = 0x4D50344A53484D00L;
    public static final long MAGIC_OFFSET = 0;
    public static final long VERSION_OFFSET = 8;
    public static final long KIND_OFFSET = 12;
    public static final long CREATOR_PID_OFFSET = 16;
    public static final long CREATOR_START_OFFSET = 24;
    public static final long DATA_SIZE_OFFSET = 32;
    /** Where the data area starts: two cache lines after the file start. */
    public static final long DATA_OFFSET = 128;

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;

    private SegmentHeaderLayout() {}

    /** A kind code from four ASCII characters, such as {@code "LOCK"}. */
    public static int kind(String fourChars) {
        if (fourChars.length() != 4) {
            throw new IllegalArgumentException("a kind is four characters: " + fourChars);
        }
        return fourChars.charAt(0) << 24 | fourChars.charAt(1) << 16 | fourChars.charAt(2) << 8 | fourChars.charAt(3);
    }

    static void write(MemorySegment file, int kind, int version, ProcessIdentity creator, long dataSize) {
        file.set(LONG, MAGIC_OFFSET, MAGIC);
        file.set(INT, VERSION_OFFSET, version);
        file.set(INT, KIND_OFFSET, kind);
        file.set(LONG, CREATOR_PID_OFFSET, creator.pid());
        file.set(LONG, CREATOR_START_OFFSET, creator.startMillis());
        file.set(LONG, DATA_SIZE_OFFSET, dataSize);
    }

    /** Checks a mapped file's header; returns its data size or throws naming what is wrong. */
    static long validate(MemorySegment file, String name, int kind, int version) {
        if (file.byteSize() < DATA_OFFSET || file.get(LONG, MAGIC_OFFSET) != MAGIC) {
            throw new IllegalStateException("mp4j segment " + name + " has no mp4j header");
        }
        int foundKind = file.get(INT, KIND_OFFSET);
        int foundVersion = file.get(INT, VERSION_OFFSET);
        if (foundKind != kind || foundVersion != version) {
            throw new IllegalStateException("mp4j segment " + name + " holds " + kindName(foundKind)
                    + " v" + foundVersion + ", expected " + kindName(kind) + " v" + version);
        }
        long dataSize = file.get(LONG, DATA_SIZE_OFFSET);
        if (dataSize < 0 || DATA_OFFSET + dataSize > file.byteSize()) {
            throw new IllegalStateException("mp4j segment " + name + " is truncated");
        }
        return dataSize;
    }

    static ProcessIdentity creator(MemorySegment file) {
        return new ProcessIdentity(file.get(LONG, CREATOR_PID_OFFSET), file.get(LONG, CREATOR_START_OFFSET));
    }

    static String kindName(int kind) {
        return new String(new char[] {(char) (kind >>> 24 & 0xFF), (char) (kind >>> 16 & 0xFF),
                (char) (kind >>> 8 & 0xFF), (char) (kind & 0xFF)});
    }
}
