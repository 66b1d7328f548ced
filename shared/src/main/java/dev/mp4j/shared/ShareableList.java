package dev.mp4j.shared;

import static dev.mp4j.shared.ShareableListLayout.TAG_BOOLEAN;
import static dev.mp4j.shared.ShareableListLayout.TAG_BYTES;
import static dev.mp4j.shared.ShareableListLayout.TAG_DOUBLE;
import static dev.mp4j.shared.ShareableListLayout.TAG_INT;
import static dev.mp4j.shared.ShareableListLayout.TAG_LONG;
import static dev.mp4j.shared.ShareableListLayout.TAG_NULL;
import static dev.mp4j.shared.ShareableListLayout.TAG_STRING;

import java.io.Serial;
import java.io.Serializable;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A fixed-length list of simple values in a named {@link SharedMemory} block, as Python's
 * {@code multiprocessing.shared_memory.ShareableList}.
 *
 * <pre>{@code
 * try (ShareableList sl = ShareableList.of("config", List.of(3, 2.5, "fast", true))) {
 *     // any mp4j JVM of the user: ShareableList.attach("config").get(2)  -> "fast"
 *     sl.set(2, "slow");
 *     ...
 *     sl.unlink();
 * }
 * }</pre>
 *
 * <p>Items are {@code Integer}, {@code Long}, {@code Double}, {@code Boolean}, {@code String},
 * {@code byte[]} and {@code null}. The length is fixed. Each slot has a fixed capacity in
 * bytes, chosen at creation as Python does: 8 for a number, a boolean or null, and the next
 * multiple of 8 above the UTF-8 length of a String or the length of a byte[]. A new value of
 * any type may replace a slot's value if it fits the capacity; a longer String or byte[] is an
 * {@link IllegalArgumentException} naming the slot and both sizes. Indexes follow Python
 * ({@code -1} is the last item). {@link #count} and {@link #index} compare with
 * {@code equals} (byte[] by content), so unlike Python {@code 1} (an Integer) does not equal
 * {@code 1L} or {@code 1.0}.
 *
 * <p>Ownership, {@link #close()}, {@link #unlink()} and leak-freedom are those of the
 * {@link SharedMemory} block ({@link #shm()}): the creator owns it, and it goes when the owner
 * unlinks it or exits.
 *
 * <p><b>Across processes.</b> A {@code set} is not atomic with respect to a {@code get} of
 * the same slot in another process (as in Python): guard slots that several processes write
 * with a {@code Lock}. Serializable as a handle: in a child JVM it attaches by name.
 */
public final class ShareableList implements AutoCloseable, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient SharedMemory shm;
    private final int size;

    private ShareableList(SharedMemory shm) {
        this(shm, checkedSize(shm));
    }

    private ShareableList(SharedMemory shm, int size) {
        this.shm = shm;
        this.size = size;
    }

    private static int checkedSize(SharedMemory shm) {
        if (!ShareableListLayout.isList(shm.buffer())) {
            shm.close();
            throw new IllegalStateException("shared memory block '" + shm.name() + "' does not hold a ShareableList");
        }
        return shm.buffer().get(ValueLayout.JAVA_INT, ShareableListLayout.COUNT);
    }

    /** A new list holding {@code items}, in a block with a generated name. */
    public static ShareableList of(List<?> items) {
        return of(null, items);
    }

    /**
     * A new list holding {@code items} in a new block named {@code name} (null for a generated
     * one), owned by this process.
     *
     * @throws IllegalArgumentException for an item of an unsupported type, or a bad name
     * @throws IllegalStateException if a block of that name exists
     */
    public static ShareableList of(String name, List<?> items) {
        List<Object> values = new ArrayList<>(items);
        int[] capacities = new int[values.size()];
        long dataSize = 0;
        for (int i = 0; i < capacities.length; i++) {
            capacities[i] = ShareableListLayout.capacityFor(encodedLength(values.get(i)));
            dataSize += capacities[i];
        }
        long total = ShareableListLayout.dataStart(values.size()) + dataSize;
        SharedMemory shm = name == null ? SharedMemory.create(total) : SharedMemory.create(name, total);
        MemorySegment block = shm.buffer();
        block.set(ValueLayout.JAVA_INT, ShareableListLayout.COUNT, values.size());
        long offset = ShareableListLayout.dataStart(values.size());
        for (int i = 0; i < capacities.length; i++) {
            long d = ShareableListLayout.descriptor(i);
            block.set(ValueLayout.JAVA_INT, d + ShareableListLayout.OFFSET, Math.toIntExact(offset));
            block.set(ValueLayout.JAVA_INT, d + ShareableListLayout.CAPACITY, capacities[i]);
            offset += capacities[i];
        }
        ShareableList list = new ShareableList(shm, values.size());
        for (int i = 0; i < capacities.length; i++) {
            list.set(i, values.get(i));
        }
        // Last, with release semantics: a process that attaches by name while the list is
        // being built sees no list, or the whole of it.
        ShareableListLayout.publish(block);
        return list;
    }

    /**
     * Attaches to the list in the block {@code name}, without taking ownership.
     *
     * @throws IllegalStateException if there is no such block, or it holds no ShareableList
     */
    public static ShareableList attach(String name) {
        return new ShareableList(SharedMemory.attach(name));
    }

    /** The number of items (Python's {@code len}). */
    public int size() {
        return size;
    }

    /** Item {@code index}: an Integer, Long, Double, Boolean, String, byte[] or null. */
    public Object get(int index) {
        MemorySegment block = shm.buffer();
        int i = checkIndex(index);
        long d = ShareableListLayout.descriptor(i);
        long state = ShareableListLayout.readState(block, i);
        long at = block.get(ValueLayout.JAVA_INT, d + ShareableListLayout.OFFSET);
        int length = ShareableListLayout.length(state);
        return switch (ShareableListLayout.tag(state)) {
            case TAG_NULL -> null;
            case TAG_INT -> (int) block.get(ValueLayout.JAVA_LONG, at);
            case TAG_LONG -> block.get(ValueLayout.JAVA_LONG, at);
            case TAG_DOUBLE -> block.get(ValueLayout.JAVA_DOUBLE, at);
            case TAG_BOOLEAN -> block.get(ValueLayout.JAVA_LONG, at) != 0;
            case TAG_STRING -> new String(block.asSlice(at, length).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
            case TAG_BYTES -> block.asSlice(at, length).toArray(ValueLayout.JAVA_BYTE);
            default -> throw new IllegalStateException("slot " + index + " of '" + shm.name() + "' has an unknown tag");
        };
    }

    /**
     * Sets item {@code index}.
     *
     * @throws IllegalArgumentException for a value of an unsupported type, or a String or
     *     byte[] longer than the slot's capacity
     */
    public void set(int index, Object value) {
        int i = checkIndex(index);
        MemorySegment block = shm.buffer();
        long d = ShareableListLayout.descriptor(i);
        long at = block.get(ValueLayout.JAVA_INT, d + ShareableListLayout.OFFSET);
        int capacity = block.get(ValueLayout.JAVA_INT, d + ShareableListLayout.CAPACITY);
        int length = encodedLength(value);
        if (length > capacity) {
            throw new IllegalArgumentException("slot " + index + " of ShareableList '" + shm.name() + "' holds "
                    + capacity + " bytes; " + describe(value) + " needs " + length
                    + " (the slots of a ShareableList do not grow)");
        }
        int tag = switch (value) {
            case null -> TAG_NULL;
            case Integer n -> put(block, at, n.longValue(), TAG_INT);
            case Long n -> put(block, at, n, TAG_LONG);
            case Double n -> put(block, at, Double.doubleToRawLongBits(n), TAG_DOUBLE);
            case Boolean b -> put(block, at, b ? 1 : 0, TAG_BOOLEAN);
            case String s -> copy(block, at, s.getBytes(StandardCharsets.UTF_8), TAG_STRING);
            case byte[] bytes -> copy(block, at, bytes, TAG_BYTES);
            default -> throw unsupported(value);
        };
        ShareableListLayout.writeState(block, i, tag, length);
    }

    /** How many items equal {@code value} (byte[] by content). */
    public int count(Object value) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (same(get(i), value)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The index of the first item equal to {@code value} (byte[] by content).
     *
     * @throws IllegalArgumentException if there is none (Python's {@code ValueError})
     */
    public int index(Object value) {
        for (int i = 0; i < size; i++) {
            if (same(get(i), value)) {
                return i;
            }
        }
        throw new IllegalArgumentException(describe(value) + " is not in the ShareableList");
    }

    /** Every item, as a new list. */
    public List<Object> toList() {
        List<Object> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(get(i));
        }
        return Collections.unmodifiableList(all);
    }

    /** The block that holds the list (Python's {@code shm}). */
    public SharedMemory shm() {
        return shm;
    }

    /** Unmaps the list in this process (see {@link SharedMemory#close()}). */
    @Override
    public void close() {
        shm.close();
    }

    /** Removes the block; by the owner only (see {@link SharedMemory#unlink()}). */
    public void unlink() {
        shm.unlink();
    }

    private static int put(MemorySegment block, long at, long bits, int tag) {
        block.set(ValueLayout.JAVA_LONG, at, bits);
        return tag;
    }

    private static int copy(MemorySegment block, long at, byte[] bytes, int tag) {
        MemorySegment.copy(bytes, 0, block, ValueLayout.JAVA_BYTE, at, bytes.length);
        return tag;
    }

    /** The bytes a value takes in a slot: its encoding for String and byte[], else 0 (8 fit any slot). */
    private static int encodedLength(Object value) {
        return switch (value) {
            case null -> 0;
            case Integer _, Long _, Double _, Boolean _ -> 0;
            case String s -> s.getBytes(StandardCharsets.UTF_8).length;
            case byte[] bytes -> bytes.length;
            default -> throw unsupported(value);
        };
    }

    private static IllegalArgumentException unsupported(Object value) {
        return new IllegalArgumentException("a ShareableList holds Integer, Long, Double, Boolean, String, byte[] "
                + "and null, not " + value.getClass().getName());
    }

    private static boolean same(Object a, Object b) {
        return a instanceof byte[] x && b instanceof byte[] y ? Arrays.equals(x, y) : Objects.equals(a, b);
    }

    private static String describe(Object value) {
        return switch (value) {
            case String s -> "\"" + s + "\"";
            case byte[] bytes -> "a byte[" + bytes.length + "]";
            case null -> "null";
            default -> value.toString();
        };
    }

    private int checkIndex(int index) {
        int i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("ShareableList index " + index + " out of range for size " + size);
        }
        return i;
    }

    @Serial
    private Object writeReplace() {
        return new Handle(shm.name(), ThisMachine.id());
    }

    /**
     * What travels to another JVM: the block's name and its machine; it attaches there
     * without ownership, on the same machine only.
     */
    record Handle(String name, String machine) implements Serializable {
        @Serial
        private Object readResolve() {
            ThisMachine.requireHere(machine, "the ShareableList '" + name + "'");
            return attach(name);
        }
    }

    /** Python's repr: {@code ShareableList(['howdy', b'HoWdY', 100, None, True], name='psm_...')}. */
    @Override
    public String toString() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(repr(get(i)));
        }
        return "ShareableList([" + String.join(", ", items) + "], name='" + shm.name() + "')";
    }

    private static String repr(Object value) {
        return switch (value) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case String s -> "'" + s + "'";
            case byte[] bytes -> {
                StringBuilder b = new StringBuilder("b'");
                for (byte x : bytes) {
                    b.append(x >= 0x20 && x < 0x7F && x != '\'' && x != '\\' ? String.valueOf((char) x)
                            : String.format("\\x%02x", x & 0xFF));
                }
                yield b.append('\'').toString();
            }
            default -> value.toString();
        };
    }
}
