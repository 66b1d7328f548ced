package dev.mp4j.shared;

import dev.mp4j.core.internal.shm.SharedWords;
import java.lang.foreign.MemorySegment;

/**
 * The format of a {@link ShareableList} inside the bytes of its {@link SharedMemory} block.
 * Slot {@code i} has a 16-byte descriptor and {@code capacity} bytes of data; capacities and
 * offsets are fixed at creation, the tag and length change with each {@code set}.
 *
 * <pre>
 *   0               8       12      16                              16 + 16 * count
 *   +---------------+-------+-------+-------------------------------+---------------------
 *   | magic         | count | (0)   | descriptor 0 ... count-1      | data of slot 0, 1, ...
 *   | "MP4JLIST"    | int   |       |                               | (8-byte aligned)
 *   +---------------+-------+-------+-------------------------------+---------------------
 *
 *   descriptor:
 *   0                               8               12              16
 *   +-------------------------------+---------------+---------------+
 *   | state: tag &lt;&lt; 32 | length    | data offset   | capacity      |
 *   | long, volatile                | int           | int           |
 *   +-------------------------------+---------------+---------------+
 * </pre>
 *
 * <p>The magic is written last, with release semantics, once every item is: a process that
 * attaches while the creator is still writing finds no list rather than a half-written one.
 *
 * <p>Numbers and booleans take 8 bytes (an int is stored as a long, a boolean as 0 or 1); a
 * String (UTF-8) or a byte[] of n bytes gets a capacity of {@code 8 * (n / 8 + 1)} bytes, as
 * Python's ShareableList allocates; any value that fits a slot's capacity may replace its
 * value, whatever its type. The state word is written last, with release semantics, so a
 * reader that sees it sees the bytes it describes, unless another writer is writing the
 * same slot at the same time.
 */
final class ShareableListLayout {

    static final long MAGIC = 0x4D50344A4C495354L;   // "MP4JLIST"
    static final long MAGIC_OFFSET = 0;
    static final long COUNT = 8;
    static final long DESCRIPTORS = 16;
    static final long DESCRIPTOR_SIZE = 16;
    static final long STATE = 0;
    static final long OFFSET = 8;
    static final long CAPACITY = 12;

    /** The slot tags: the type of the value a slot holds. */
    static final int TAG_NULL = 0;
    static final int TAG_INT = 1;
    static final int TAG_LONG = 2;
    static final int TAG_DOUBLE = 3;
    static final int TAG_BOOLEAN = 4;
    static final int TAG_STRING = 5;
    static final int TAG_BYTES = 6;

    private ShareableListLayout() {}

    /** The data offset of the first slot. */
    static long dataStart(int count) {
        return DESCRIPTORS + DESCRIPTOR_SIZE * count;
    }

    /** Where slot {@code index}'s descriptor starts. */
    static long descriptor(int index) {
        return DESCRIPTORS + DESCRIPTOR_SIZE * index;
    }

    /** The capacity Python gives a value of {@code n} encoded bytes: the next multiple of 8 above n. */
    static int capacityFor(int n) {
        return 8 * (n / 8 + 1);
    }

    static long state(int tag, int length) {
        return (long) tag << 32 | (length & 0xFFFF_FFFFL);
    }

    static int tag(long state) {
        return (int) (state >>> 32);
    }

    static int length(long state) {
        return (int) state;
    }

    /** The state word of slot {@code index} (acquire): see {@link #tag} and {@link #length}. */
    static long readState(MemorySegment block, int index) {
        return new SharedWords(block).getLongAcquire(descriptor(index) + STATE);
    }

    /** Publishes slot {@code index}'s new value (release), whose bytes are written. */
    static void writeState(MemorySegment block, int index, int tag, int length) {
        new SharedWords(block).setLongRelease(descriptor(index) + STATE, state(tag, length));
    }

    /** Marks {@code block}, whose count, descriptors and items are written, as a complete list. */
    static void publish(MemorySegment block) {
        new SharedWords(block).setLongRelease(MAGIC_OFFSET, MAGIC);
    }

    /** Whether {@code block} holds a complete list (see {@link #publish}). */
    static boolean isList(MemorySegment block) {
        return block.byteSize() >= DESCRIPTORS && new SharedWords(block).getLongAcquire(MAGIC_OFFSET) == MAGIC;
    }
}
