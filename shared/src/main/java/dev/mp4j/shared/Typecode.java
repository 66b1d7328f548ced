package dev.mp4j.shared;

import com.google.common.primitives.UnsignedLong;

/**
 * The typecodes of Python's {@code array} module and {@code multiprocessing.Value}/{@code Array},
 * with the C sizes of Linux x86-64 CPython, and the Java type that holds each one.
 *
 * <table>
 *   <caption>Typecodes</caption>
 *   <tr><th>code</th><th>C type</th><th>bytes</th><th>Java type</th><th>range</th></tr>
 *   <tr><td>{@code 'c'}</td><td>char</td><td>1</td><td>{@code Byte}</td><td>-128..127 (one byte, as Python's {@code bytes} of length 1)</td></tr>
 *   <tr><td>{@code 'u'}</td><td>wchar_t</td><td>4</td><td>{@code String}</td><td>one code point</td></tr>
 *   <tr><td>{@code 'b'}</td><td>signed char</td><td>1</td><td>{@code Byte}</td><td>-128..127</td></tr>
 *   <tr><td>{@code 'B'}</td><td>unsigned char</td><td>1</td><td>{@code Short}</td><td>0..255</td></tr>
 *   <tr><td>{@code 'h'}</td><td>short</td><td>2</td><td>{@code Short}</td><td>-32768..32767</td></tr>
 *   <tr><td>{@code 'H'}</td><td>unsigned short</td><td>2</td><td>{@code Integer}</td><td>0..65535</td></tr>
 *   <tr><td>{@code 'i'}</td><td>int</td><td>4</td><td>{@code Integer}</td><td>the whole int range</td></tr>
 *   <tr><td>{@code 'I'}</td><td>unsigned int</td><td>4</td><td>{@code Long}</td><td>0..4294967295</td></tr>
 *   <tr><td>{@code 'l'}</td><td>long</td><td>8</td><td>{@code Long}</td><td>the whole long range</td></tr>
 *   <tr><td>{@code 'L'}</td><td>unsigned long</td><td>8</td><td>{@link UnsignedLong}</td><td>0..2<sup>64</sup>-1</td></tr>
 *   <tr><td>{@code 'q'}</td><td>long long</td><td>8</td><td>{@code Long}</td><td>the whole long range</td></tr>
 *   <tr><td>{@code 'Q'}</td><td>unsigned long long</td><td>8</td><td>{@link UnsignedLong}</td><td>0..2<sup>64</sup>-1</td></tr>
 *   <tr><td>{@code 'f'}</td><td>float</td><td>4</td><td>{@code Float}</td><td>IEEE single</td></tr>
 *   <tr><td>{@code 'd'}</td><td>double</td><td>8</td><td>{@code Double}</td><td>IEEE double</td></tr>
 * </table>
 *
 * <p>An unsigned type is held by the next wider Java type, so its whole range is
 * representable; a value out of the range is an {@link IllegalArgumentException} naming the
 * typecode and its range, never a silent wrap (Python's ctypes would wrap). Values travel
 * between their Java type and the stored bits in a {@code long}: signed integers
 * sign-extended, unsigned ones zero-extended, floats as their IEEE bits.
 *
 * <pre>{@code
 * Typecode t = Typecode.of('H');
 * t.size();                                  // 2
 * t.javaType();                              // Integer.class
 * Value<Integer> port = Value.of(ctx, 'H', 8080);
 * Value.of(ctx, 'H', 70_000);                // IllegalArgumentException naming 'H' and 0..65535
 * }</pre>
 */
public enum Typecode {
    /** {@code 'c'}: C char, one byte, a Java {@code Byte}. */
    CHAR('c', 1, Byte.class, "char"),
    /** {@code 'u'}: C wchar_t, 4 bytes, a Java {@code String} of one code point. */
    WCHAR('u', 4, String.class, "wchar_t"),
    /** {@code 'b'}: C signed char, a Java {@code Byte}. */
    BYTE('b', 1, Byte.class, "signed char"),
    /** {@code 'B'}: C unsigned char, a Java {@code Short} in 0..255. */
    UNSIGNED_BYTE('B', 1, Short.class, "unsigned char"),
    /** {@code 'h'}: C short, a Java {@code Short}. */
    SHORT('h', 2, Short.class, "short"),
    /** {@code 'H'}: C unsigned short, a Java {@code Integer} in 0..65535. */
    UNSIGNED_SHORT('H', 2, Integer.class, "unsigned short"),
    /** {@code 'i'}: C int, 4 bytes, a Java {@code Integer}. */
    INT('i', 4, Integer.class, "int"),
    /** {@code 'I'}: C unsigned int, a Java {@code Long} in 0..2^32-1. */
    UNSIGNED_INT('I', 4, Long.class, "unsigned int"),
    /** {@code 'l'}: C long (8 bytes on Linux x86-64), a Java {@code Long}. */
    LONG('l', 8, Long.class, "long"),
    /** {@code 'L'}: C unsigned long (8 bytes), a Guava {@link UnsignedLong}. */
    UNSIGNED_LONG('L', 8, UnsignedLong.class, "unsigned long"),
    /** {@code 'q'}: C long long, 8 bytes, a Java {@code Long}. */
    LONG_LONG('q', 8, Long.class, "long long"),
    /** {@code 'Q'}: C unsigned long long, a Guava {@link UnsignedLong}. */
    UNSIGNED_LONG_LONG('Q', 8, UnsignedLong.class, "unsigned long long"),
    /** {@code 'f'}: C float, 4 bytes, a Java {@code Float}. */
    FLOAT('f', 4, Float.class, "float"),
    /** {@code 'd'}: C double, 8 bytes, a Java {@code Double}. */
    DOUBLE('d', 8, Double.class, "double");

    private static final String CODES = "'c', 'u', 'b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd'";

    private final char code;
    private final int size;
    private final Class<?> javaType;
    private final String cName;

    Typecode(char code, int size, Class<?> javaType, String cName) {
        this.code = code;
        this.size = size;
        this.javaType = javaType;
        this.cName = cName;
    }

    /**
     * The typecode of a character.
     *
     * @throws IllegalArgumentException naming the supported typecodes
     */
    public static Typecode of(char code) {
        for (Typecode t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("unsupported typecode '" + code + "': use one of " + CODES);
    }

    /** The Python character. */
    public char code() {
        return code;
    }

    /** The size in bytes of one element, as C's {@code sizeof} on Linux x86-64. */
    public int size() {
        return size;
    }

    /** The Java type of values. */
    public Class<?> javaType() {
        return javaType;
    }

    /** The C type, such as {@code "unsigned short"}. */
    public String cType() {
        return cName;
    }

    /** Whether the atomic helpers (add, increment) apply: every integer type but 'c' and 'u'. */
    public boolean isInteger() {
        return this != CHAR && this != WCHAR && this != FLOAT && this != DOUBLE;
    }

    /** Python's ctypes name of the type, such as {@code c_ulonglong}. */
    String ctypesName() {
        return switch (this) {
            case CHAR -> "c_char";
            case WCHAR -> "c_wchar";
            case BYTE -> "c_byte";
            case UNSIGNED_BYTE -> "c_ubyte";
            case SHORT -> "c_short";
            case UNSIGNED_SHORT -> "c_ushort";
            case INT -> "c_int";
            case UNSIGNED_INT -> "c_uint";
            case LONG -> "c_long";
            case UNSIGNED_LONG -> "c_ulong";
            case LONG_LONG -> "c_longlong";
            case UNSIGNED_LONG_LONG -> "c_ulonglong";
            case FLOAT -> "c_float";
            case DOUBLE -> "c_double";
        };
    }

    boolean isUnsigned() {
        return this == UNSIGNED_BYTE || this == UNSIGNED_SHORT || this == UNSIGNED_INT
                || this == UNSIGNED_LONG || this == UNSIGNED_LONG_LONG;
    }

    /**
     * The stored bits of {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is not of the Java type, or out of range
     */
    long toBits(Object value) {
        if (!javaType.isInstance(value)) {
            throw new IllegalArgumentException("typecode '" + code + "' holds " + javaType.getSimpleName()
                    + ", not " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return switch (this) {
            case CHAR, BYTE -> (Byte) value;
            case UNSIGNED_BYTE -> checked((Short) value, 0, 0xFF, "0..255");
            case SHORT -> (Short) value;
            case UNSIGNED_SHORT -> checked((Integer) value, 0, 0xFFFF, "0..65535");
            case INT -> (Integer) value;
            case UNSIGNED_INT -> checked((Long) value, 0, 0xFFFF_FFFFL, "0..4294967295");
            case LONG, LONG_LONG -> (Long) value;
            case UNSIGNED_LONG, UNSIGNED_LONG_LONG -> ((UnsignedLong) value).longValue();
            case FLOAT -> Float.floatToRawIntBits((Float) value);
            case DOUBLE -> Double.doubleToRawLongBits((Double) value);
            case WCHAR -> codePoint((String) value);
        };
    }

    /** The value of stored bits; only the low {@link #size()} bytes of {@code bits} count. */
    Object fromBits(long bits) {
        return switch (this) {
            case CHAR, BYTE -> (byte) bits;
            case UNSIGNED_BYTE -> (short) (bits & 0xFF);
            case SHORT -> (short) bits;
            case UNSIGNED_SHORT -> (int) (bits & 0xFFFF);
            case INT -> (int) bits;
            case UNSIGNED_INT -> bits & 0xFFFF_FFFFL;
            case LONG, LONG_LONG -> bits;
            case UNSIGNED_LONG, UNSIGNED_LONG_LONG -> UnsignedLong.fromLongBits(bits);
            case FLOAT -> Float.intBitsToFloat((int) bits);
            case DOUBLE -> Double.longBitsToDouble(bits);
            case WCHAR -> Character.toString((int) bits);
        };
    }

    /** {@code bits} cut to the type's width: what an atomic add leaves in memory. */
    long wrap(long bits) {
        return switch (size) {
            case 1 -> isUnsigned() ? bits & 0xFF : (byte) bits;
            case 2 -> isUnsigned() ? bits & 0xFFFF : (short) bits;
            case 4 -> isUnsigned() ? bits & 0xFFFF_FFFFL : (int) bits;
            default -> bits;
        };
    }

    private long checked(long value, long min, long max, String range) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("typecode '" + code + "' (" + cName + ") holds " + range
                    + ", not " + value);
        }
        return value;
    }

    private long codePoint(String value) {
        if (value.isEmpty() || value.codePointCount(0, value.length()) != 1) {
            throw new IllegalArgumentException("typecode '" + code + "' (" + cName
                    + ") holds a String of one code point, not \"" + value + "\"");
        }
        return value.codePointAt(0);
    }
}
