package dev.mp4j.core.internal.serial;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lean encoding of lists of plain values: null, Integer, Long, Double, Boolean, String,
 * and (for {@link #fitsNested}) byte arrays and lists of plain values: a tag byte and the
 * value, with no object stream around them. Tiny tasks, their results and most queue items
 * are such values, and an object stream's header, block buffers and class descriptors would
 * cost more than the work. Anything else goes through Java serialization.
 *
 * <pre>
 * MARKER (1 byte, never 0xAC, the first byte of an object stream), int count,
 * count times: tag (1 byte) and the value (int, long, double, int length + UTF-8 bytes,
 * int length + bytes, or for a list: int count and its values, tagged)
 * </pre>
 *
 * A list is read back as an {@link ArrayList}.
 */
public final class CompactCodec {

    public static final byte MARKER = 'C';
    private static final byte NULL = 0;
    private static final byte INT = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte STRING = 4;
    private static final byte TRUE = 5;
    private static final byte FALSE = 6;
    private static final byte BYTES = 7;
    private static final byte LIST = 8;

    /** How deep lists may nest before a value is left to Java serialization. */
    private static final int MAX_DEPTH = 32;

    private CompactCodec() {}

    /** Whether every element is a plain scalar (null, number, boolean, string). */
    public static boolean fits(Object[] values) {
        for (Object v : values) {
            if (!scalar(v)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every element is a plain scalar (null, number, boolean, string). */
    public static boolean fits(List<?> values) {
        for (Object v : values) {
            if (!scalar(v)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code v} is a plain scalar, a byte array, or a list of such values (nested a little). */
    public static boolean fitsNested(Object v) {
        return fitsNested(v, 0);
    }

    private static boolean fitsNested(Object v, int depth) {
        if (scalar(v) || v instanceof byte[]) {
            return true;
        }
        if (!(v instanceof List<?> list) || depth >= MAX_DEPTH) {
            return false;
        }
        for (Object e : list) {
            if (!fitsNested(e, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean scalar(Object v) {
        return v == null || v instanceof Integer || v instanceof Long || v instanceof Double
                || v instanceof Boolean || v instanceof String;
    }

    /** Writes {@code values}, which must all fit. */
    public static void write(DataOutputStream out, Iterable<?> values, int count) throws IOException {
        out.writeByte(MARKER);
        out.writeInt(count);
        for (Object v : values) {
            out.write(encodeValue(v));
        }
    }

    private static byte[] encodeValue(Object v) {
        ByteBuffer buf = ByteBuffer.allocate(16);
        buf = put(buf, v);
        return Arrays.copyOf(buf.array(), buf.position());
    }

    /** {@code prefix} (a chunk id), then the same bytes as {@link #write}; values must all fit. */
    public static byte[] encode(Long prefix, List<?> values) {
        // Sized for scalars, so that a chunk's results take one buffer, not two: a heap
        // buffer costs a cold worker more than the bytes it holds.
        ByteBuffer buf = ByteBuffer.allocate(8 + 5 + SCALAR_MAX * values.size());
        if (prefix != null) {
            buf.putLong(prefix);
        }
        buf.put(MARKER).putInt(values.size());
        for (Object v : values) {
            buf = put(buf, v);
        }
        return Arrays.copyOf(buf.array(), buf.position());
    }

    public static byte[] encode(List<?> values) {
        return encode(null, values);
    }

    /** What {@link #readScalar} returns for bytes that are not one scalar's. */
    public static final Object NOT_SCALAR = new Object();

    /**
     * The bytes of {@code encode(List.of(v))} for a single number, boolean or null, written
     * into an array of the exact size with no buffer: the item queues carry most, kept cheap
     * for a JVM whose code is not compiled yet (a heap buffer there costs more than the
     * put). Null for any other value.
     */
    public static byte[] encodeScalar(Object v) {
        // instanceof tests, not a type switch: one bytecode each before any compilation.
        byte[] bytes = null;
        if (v instanceof Integer i) {
            putInt(bytes = header(INT, 4), 6, i);
        } else if (v instanceof Long l) {
            putLong(bytes = header(LONG, 8), 6, l);
        } else if (v instanceof Double d) {
            putLong(bytes = header(DOUBLE, 8), 6, Double.doubleToRawLongBits(d));
        } else if (v instanceof Boolean b) {
            bytes = header(b ? TRUE : FALSE, 0);
        } else if (v == null) {
            bytes = header(NULL, 0);
        }
        return bytes;
    }

    /** The value of bytes that {@link #encodeScalar} wrote, or {@link #NOT_SCALAR}. */
    public static Object readScalar(byte[] bytes) {
        if (bytes.length < 6 || bytes[0] != MARKER || getInt(bytes, 1) != 1) {
            return NOT_SCALAR;
        }
        return switch (bytes[5]) {
            case NULL -> bytes.length == 6 ? null : NOT_SCALAR;
            case INT -> bytes.length == 10 ? (Object) getInt(bytes, 6) : NOT_SCALAR;
            case LONG -> bytes.length == 14 ? (Object) getLong(bytes, 6) : NOT_SCALAR;
            case DOUBLE -> bytes.length == 14 ? (Object) Double.longBitsToDouble(getLong(bytes, 6)) : NOT_SCALAR;
            case TRUE -> bytes.length == 6 ? Boolean.TRUE : NOT_SCALAR;
            case FALSE -> bytes.length == 6 ? Boolean.FALSE : NOT_SCALAR;
            default -> NOT_SCALAR;
        };
    }

    /** MARKER, a count of 1 and {@code tag}, in an array with room for {@code size} value bytes. */
    private static byte[] header(byte tag, int size) {
        byte[] bytes = new byte[6 + size];
        bytes[0] = MARKER;
        bytes[4] = 1;
        bytes[5] = tag;
        return bytes;
    }

    // Big-endian, as ByteBuffer's: shifts, which an interpreter runs cheaply.
    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static void putLong(byte[] b, int at, long v) {
        putInt(b, at, (int) (v >>> 32));
        putInt(b, at + 4, (int) v);
    }

    private static int getInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }

    private static long getLong(byte[] b, int at) {
        return (long) getInt(b, at) << 32 | getInt(b, at + 4) & 0xFFFF_FFFFL;
    }

    /** The most bytes of a scalar (a tag and a long or double), and of a list's or string's head (a tag and an int). */
    private static final int SCALAR_MAX = 9;

    /** Appends one tagged value, growing the buffer as needed; returns the buffer to go on with. */
    private static ByteBuffer put(ByteBuffer buf, Object v) {
        if (buf.remaining() < SCALAR_MAX) {
            buf = grow(buf, SCALAR_MAX);
        }
        switch (v) {
            case null -> buf.put(NULL);
            case Integer i -> buf.put(INT).putInt(i);
            case Long l -> buf.put(LONG).putLong(l);
            case Double d -> buf.put(DOUBLE).putDouble(d);
            case Boolean bool -> buf.put(bool ? TRUE : FALSE);
            case String str -> {
                byte[] utf8 = str.getBytes(StandardCharsets.UTF_8);
                if (buf.remaining() < 5 + utf8.length) {
                    buf = grow(buf, 5 + utf8.length);
                }
                buf.put(STRING).putInt(utf8.length).put(utf8);
            }
            case byte[] bytes -> {
                if (buf.remaining() < 5 + bytes.length) {
                    buf = grow(buf, 5 + bytes.length);
                }
                buf.put(BYTES).putInt(bytes.length).put(bytes);
            }
            case List<?> list -> {
                buf.put(LIST).putInt(list.size());
                for (Object e : list) {
                    buf = put(buf, e);
                }
            }
            default -> throw new IllegalArgumentException("not compact: " + v.getClass());
        }
        return buf;
    }

    private static ByteBuffer grow(ByteBuffer buf, int needed) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + needed));
        return bigger.put(buf.array(), 0, buf.position());
    }

    /** Reads what {@link #encode} wrote, from {@code offset}, just after the marker byte. */
    public static Object[] read(byte[] bytes, int offset) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            int n = in.getInt();
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                values[i] = get(in, bytes);
            }
            return values;
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IOException("truncated compact values", e);
        }
    }

    private static Object get(ByteBuffer in, byte[] bytes) throws IOException {
        byte tag = in.get();
        return switch (tag) {
            case NULL -> null;
            case INT -> in.getInt();
            case LONG -> in.getLong();
            case DOUBLE -> in.getDouble();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> {
                int length = in.getInt();
                String str = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
                yield str;
            }
            case BYTES -> {
                byte[] b = new byte[in.getInt()];
                in.get(b);
                yield b;
            }
            case LIST -> {
                int n = in.getInt();
                List<Object> list = new ArrayList<>(Math.min(n, in.remaining()));
                for (int i = 0; i < n; i++) {
                    list.add(get(in, bytes));
                }
                yield list;
            }
            default -> throw new IOException("unknown compact tag " + tag);
        };
    }

    /** Reads what {@link #write} wrote, after its marker byte. */
    public static Object[] read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int n = data.readInt();
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = get(data);
        }
        return values;
    }

    private static Object get(DataInputStream data) throws IOException {
        byte tag = data.readByte();
        return switch (tag) {
            case NULL -> null;
            case INT -> data.readInt();
            case LONG -> data.readLong();
            case DOUBLE -> data.readDouble();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> new String(data.readNBytes(data.readInt()), StandardCharsets.UTF_8);
            case BYTES -> data.readNBytes(data.readInt());
            case LIST -> {
                int n = data.readInt();
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    list.add(get(data));
                }
                yield list;
            }
            default -> throw new IOException("unknown compact tag " + tag);
        };
    }
}
