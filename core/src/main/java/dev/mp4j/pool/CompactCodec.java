package dev.mp4j.pool;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A lean encoding of lists whose elements are all null, Integer, Long, Double, Boolean or
 * String: a tag byte and the value, with no object stream around them. Tiny tasks and their
 * results are mostly such values, and an object stream's header, block buffers and class
 * descriptors would cost more than the work. Anything else goes through Java serialization.
 *
 * <pre>
 * MARKER (1 byte, never 0xAC, the first byte of an object stream), int count,
 * count times: tag (1 byte) and the value (int, long, double, or int length + UTF-8 bytes)
 * </pre>
 */
final class CompactCodec {

    static final byte MARKER = 'C';
    private static final byte NULL = 0;
    private static final byte INT = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte STRING = 4;
    private static final byte TRUE = 5;
    private static final byte FALSE = 6;

    private CompactCodec() {}

    /** Whether every element can be written compactly. */
    static boolean fits(Object[] values) {
        for (Object v : values) {
            if (!fits(v)) {
                return false;
            }
        }
        return true;
    }

    static boolean fits(List<?> values) {
        for (Object v : values) {
            if (!fits(v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(Object v) {
        return v == null || v instanceof Integer || v instanceof Long || v instanceof Double
                || v instanceof Boolean || v instanceof String;
    }

    /** Writes {@code values}, which must all fit. */
    static void write(DataOutputStream out, Iterable<?> values, int count) throws IOException {
        out.writeByte(MARKER);
        out.writeInt(count);
        for (Object v : values) {
            switch (v) {
                case null -> out.writeByte(NULL);
                case Integer i -> {
                    out.writeByte(INT);
                    out.writeInt(i);
                }
                case Long l -> {
                    out.writeByte(LONG);
                    out.writeLong(l);
                }
                case Double d -> {
                    out.writeByte(DOUBLE);
                    out.writeDouble(d);
                }
                case Boolean b -> out.writeByte(b ? TRUE : FALSE);
                case String s -> {
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                    out.writeByte(STRING);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
                default -> throw new IllegalArgumentException("not compact: " + v.getClass());
            }
        }
    }

    /** {@code prefix} (a chunk id), then the same bytes as {@link #write}; values must all fit. */
    static byte[] encode(Long prefix, List<?> values) {
        ByteBuffer buf = ByteBuffer.allocate(16 + 5 * values.size());
        if (prefix != null) {
            buf.putLong(prefix);
        }
        buf.put(MARKER).putInt(values.size());
        for (Object v : values) {
            if (buf.remaining() < 13) {
                buf = grow(buf, 13);
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
                default -> throw new IllegalArgumentException("not compact: " + v.getClass());
            }
        }
        return Arrays.copyOf(buf.array(), buf.position());
    }

    static byte[] encode(List<?> values) {
        return encode(null, values);
    }

    private static ByteBuffer grow(ByteBuffer buf, int needed) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + needed));
        return bigger.put(buf.array(), 0, buf.position());
    }

    /** Reads what {@link #encode} wrote, from {@code offset}, just after the marker byte. */
    static Object[] read(byte[] bytes, int offset) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            int n = in.getInt();
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                byte tag = in.get();
                values[i] = switch (tag) {
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
                    default -> throw new IOException("unknown compact tag " + tag);
                };
            }
            return values;
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IOException("truncated compact values", e);
        }
    }

    /** Reads what {@link #write} wrote, after its marker byte. */
    static Object[] read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int n = data.readInt();
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            byte tag = data.readByte();
            values[i] = switch (tag) {
                case NULL -> null;
                case INT -> data.readInt();
                case LONG -> data.readLong();
                case DOUBLE -> data.readDouble();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case STRING -> new String(data.readNBytes(data.readInt()), StandardCharsets.UTF_8);
                default -> throw new IOException("unknown compact tag " + tag);
            };
        }
        return values;
    }
}
