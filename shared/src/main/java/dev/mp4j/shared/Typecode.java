package dev.mp4j.shared;

/**
 * The C types of Python's {@code array}/{@code ctypes} typecodes that a shared value may
 * hold, with their sizes. Values travel between the Java type and the stored bits in a
 * {@code long}: integers sign-extended, doubles as their IEEE bits.
 */
public enum Typecode {
    /** {@code 'i'}: C int, 4 bytes, a Java {@code Integer}. */
    INT('i', 4, Integer.class),
    /** {@code 'l'}: C long (64-bit on the platforms mp4j runs on), a Java {@code Long}. */
    LONG('l', 8, Long.class),
    /** {@code 'q'}: C long long, 8 bytes, a Java {@code Long}. */
    LONG_LONG('q', 8, Long.class),
    /** {@code 'd'}: C double, 8 bytes, a Java {@code Double}. */
    DOUBLE('d', 8, Double.class);

    private final char code;
    private final int size;
    private final Class<?> javaType;

    Typecode(char code, int size, Class<?> javaType) {
        this.code = code;
        this.size = size;
        this.javaType = javaType;
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
        throw new IllegalArgumentException("unsupported typecode '" + code + "': use one of 'i', 'l', 'q', 'd'");
    }

    /** The Python character. */
    public char code() {
        return code;
    }

    /** The size in bytes. */
    public int size() {
        return size;
    }

    /** The Java type of values. */
    public Class<?> javaType() {
        return javaType;
    }

    boolean isInteger() {
        return this != DOUBLE;
    }

    long toBits(Object value) {
        if (!javaType.isInstance(value)) {
            throw new IllegalArgumentException("typecode '" + code + "' holds " + javaType.getSimpleName()
                    + ", not " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return this == DOUBLE ? Double.doubleToRawLongBits((Double) value) : ((Number) value).longValue();
    }

    Object fromBits(long bits) {
        return switch (this) {
            case INT -> (int) bits;
            case LONG, LONG_LONG -> bits;
            case DOUBLE -> Double.longBitsToDouble(bits);
        };
    }
}
