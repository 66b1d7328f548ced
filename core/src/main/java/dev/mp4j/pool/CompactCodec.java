package dev.mp4j.pool;

import java.io.ByteArrayOutputStream;
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

    static byte[] encode(List<?> values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 + 6 * values.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, values, values.size());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
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
