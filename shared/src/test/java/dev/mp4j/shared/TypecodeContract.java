package dev.mp4j.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.UnsignedLong;
import dev.mp4j.testing.ContextContract;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every typecode in a Value, a RawValue, an Array and a RawArray: its limits, its range
 * errors, its wrap-around under the atomic helpers, and (spawn) what a child JVM sees.
 */
@Timeout(120)
abstract class TypecodeContract extends ContextContract {

    /**
     * A typecode's least and greatest values, values just outside its range (null where the
     * Java type cannot express one), and the range's words in the error.
     */
    record Limits(char code, Object min, Object max, Object belowMin, Object aboveMax, String range)
            implements java.io.Serializable {
        @Override
        public String toString() {
            return "'" + code + "'";
        }
    }

    static Stream<Limits> limits() {
        return Stream.of(
                new Limits('c', Byte.MIN_VALUE, Byte.MAX_VALUE, null, null, null),
                new Limits('b', Byte.MIN_VALUE, Byte.MAX_VALUE, null, null, null),
                new Limits('B', (short) 0, (short) 255, (short) -1, (short) 256, "0..255"),
                new Limits('h', Short.MIN_VALUE, Short.MAX_VALUE, null, null, null),
                new Limits('H', 0, 65535, -1, 65536, "0..65535"),
                new Limits('i', Integer.MIN_VALUE, Integer.MAX_VALUE, null, null, null),
                new Limits('I', 0L, 4294967295L, -1L, 4294967296L, "0..4294967295"),
                new Limits('l', Long.MIN_VALUE, Long.MAX_VALUE, null, null, null),
                new Limits('L', UnsignedLong.ZERO, UnsignedLong.MAX_VALUE, null, null, null),
                new Limits('q', Long.MIN_VALUE, Long.MAX_VALUE, null, null, null),
                new Limits('Q', UnsignedLong.ZERO, UnsignedLong.MAX_VALUE, null, null, null),
                new Limits('f', -Float.MAX_VALUE, Float.MAX_VALUE, null, null, null),
                new Limits('d', -Double.MAX_VALUE, Double.MAX_VALUE, null, null, null),
                new Limits('u', "\0", "\uD83D\uDE00", "", "ab", "one code point"));
    }

    @Test
    void theSizesAreThoseOfLinuxX8664() {
        StringBuilder sizes = new StringBuilder();
        for (Typecode t : Typecode.values()) {
            sizes.append(t.code()).append(t.size());
        }
        assertEquals("c1u4b1B1h2H2i4I4l8L8q8Q8f4d8", sizes.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void aValueHoldsItsLimits(Limits l) {
        Value<Object> v = Value.of(context(), l.code(), l.min());
        assertEquals(l.min(), v.get());
        v.set(l.max());
        assertEquals(l.max(), v.get());
        Object zero = Typecode.of(l.code()).fromBits(0);
        assertEquals(zero, Value.of(context(), l.code()).get(), "Value(typecode) is zero");
        assertEquals(zero, RawValue.of(context(), l.code()).get());
        RawValue<Object> raw = RawValue.of(context(), l.code(), l.max());
        assertEquals(l.max(), raw.get());
        assertEquals(Typecode.of(l.code()), raw.typecode());
    }

    /** The typecodes whose range a value of their Java type can leave. */
    static Stream<Limits> narrowerThanTheirJavaType() {
        return limits().filter(l -> l.belowMin() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrowerThanTheirJavaType")
    void outOfRangeIsAClearErrorNamingTheTypecodeAndTheRange(Limits l) {
        Value<Object> v = Value.of(context(), l.code(), l.min());
        for (Object bad : List.of(l.belowMin(), l.aboveMax())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.set(bad));
            assertTrue(e.getMessage().startsWith("typecode '" + l.code() + "' ("), e.getMessage());
            assertTrue(e.getMessage().contains(l.range()), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> RawValue.of(context(), l.code(), bad));
            assertThrows(IllegalArgumentException.class, () -> Array.of(context(), l.code(), List.of(bad)));
        }
        assertEquals(l.min(), v.get(), "a rejected value writes nothing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void anArrayHoldsItsLimitsAndStartsZeroFilled(Limits l) {
        Array<Object> a = Array.of(context(), l.code(), 5);
        Object zero = Typecode.of(l.code()).fromBits(0);
        assertEquals(List.of(zero, zero, zero, zero, zero), a.toList());
        a.set(1, l.min());
        a.set(2, l.max());
        a.set(-1, l.max());
        assertEquals(Arrays.asList(zero, l.min(), l.max(), zero, l.max()), a.toList());
        RawArray<Object> raw = RawArray.of(context(), l.code(), List.of(l.max(), l.min(), l.max()));
        assertEquals(List.of(l.max(), l.min(), l.max()), raw.toList());
    }

    @Test
    void unsignedExtremesReadBackUnsigned() {
        Value<UnsignedLong> q = Value.of(context(), 'Q', UnsignedLong.MAX_VALUE);
        assertEquals("18446744073709551615", q.get().toString());
        assertEquals(UnsignedLong.ZERO, q.incrementAndGet(), "2^64-1 + 1 wraps to 0");
        Value<Long> ui = Value.of(context(), 'I', 4294967295L);
        assertEquals(4294967295L, ui.get());
        assertEquals(0L, ui.incrementAndGet());
        assertEquals(4294967295L, ui.addAndGet(-1));
        assertTrue(ui.compareAndSet(4294967295L, 7L));
        Value<Short> ub = Value.of(context(), 'B', (short) 255);
        assertEquals((short) 0, ub.incrementAndGet());
        assertEquals((short) 255, ub.addAndGet(-1));
        Value<Integer> uh = Value.of(context(), 'H', 65535);
        assertEquals(65535, uh.getAndAdd(1));
        assertEquals(0, uh.get());
        Value<Byte> b = Value.of(context(), 'b', Byte.MAX_VALUE);
        assertEquals(Byte.MIN_VALUE, b.incrementAndGet(), "a signed char wraps as Java's byte");
        Value<Short> h = Value.of(context(), 'h', Short.MIN_VALUE);
        assertEquals(Short.MAX_VALUE, h.addAndGet(-1));
        assertTrue(h.compareAndSet(Short.MAX_VALUE, (short) -2));
        assertFalse(h.compareAndSet(Short.MAX_VALUE, (short) 0));
        assertEquals((short) -2, h.get());
    }

    @Test
    void floatsKeepNaNInfinitiesAndNegativeZero() {
        for (char code : new char[] {'f', 'd'}) {
            boolean isFloat = code == 'f';
            List<Object> specials = isFloat
                    ? List.of(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, Float.MIN_VALUE)
                    : List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE);
            Value<Object> v = Value.of(context(), code, specials.get(0));
            Array<Object> a = Array.of(context(), code, specials);
            for (int i = 0; i < specials.size(); i++) {
                v.set(specials.get(i));
                assertEquals(specials.get(i), v.get(), "Value '" + code + "' " + specials.get(i));
                assertEquals(specials.get(i), a.get(i), "Array '" + code + "' " + specials.get(i));
            }
            assertTrue(v.compareAndSet(specials.get(4), specials.get(0)));
            assertTrue(a.compareAndSet(0, specials.get(0), specials.get(1)), "NaN matches NaN by bits");
            assertThrows(UnsupportedOperationException.class, v::incrementAndGet);
            assertThrows(UnsupportedOperationException.class, () -> a.incrementAndGet(0));
        }
    }

    @Test
    void wcharHoldsOneCodePointAndCharHoldsAByte() {
        Value<String> u = Value.of(context(), 'u', "\uD83D\uDE00");
        assertEquals("\uD83D\uDE00", u.get(), "a code point above the BMP fits in 4 bytes");
        u.set("é");
        assertEquals("é", u.get());
        assertThrows(IllegalArgumentException.class, () -> u.set("ab"));
        Value<Byte> c = Value.of(context(), 'c', (byte) 'x');
        assertEquals((byte) 'x', c.get());
        assertThrows(UnsupportedOperationException.class, c::incrementAndGet);
    }

    @Test
    void theyPrintAsPythonsCtypes() {
        assertEquals("c_ulonglong(18446744073709551615)", RawValue.of(context(), 'Q', UnsignedLong.MAX_VALUE).toString());
        assertEquals("<Synchronized wrapper for c_short(-1)>", Value.of(context(), 'h', (short) -1).toString());
        assertEquals("<SynchronizedArray wrapper for c_double_Array_3>", Array.of(context(), 'd', 3).toString());
        assertEquals("c_wchar_Array_2", RawArray.of(context(), 'u', 2).toString());
    }

    @Test
    void wrongJavaTypeNamesBothTypes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Value.of(context(), 'B', 1));
        assertEquals("typecode 'B' holds Short, not Integer", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Value.of(context(), 'Q', 1L));
        assertThrows(IllegalArgumentException.class, () -> Array.of(context(), 'd', List.of(1.0f)));
    }

    @Test
    void narrowArrayElementsUpdateAtomicallyWithoutTouchingTheirNeighbours() {
        RawArray<Byte> b = RawArray.of(context(), 'b', 7);
        b.set(6, (byte) 126);
        assertEquals((byte) 127, b.incrementAndGet(6), "the last element, its word past the length");
        assertEquals(Byte.MIN_VALUE, b.incrementAndGet(6));
        assertEquals(Arrays.asList((byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0, Byte.MIN_VALUE),
                b.toList());
        RawArray<Integer> h = RawArray.of(context(), 'H', List.of(65535, 1, 65535));
        assertEquals(0, h.incrementAndGet(1) - 2);
        assertEquals(0, h.incrementAndGet(0));
        assertEquals(List.of(0, 2, 65535), h.toList());
        assertTrue(h.compareAndSet(2, 65535, 3));
        assertFalse(h.compareAndSet(2, 65535, 4));
        assertEquals(List.of(0, 2, 3), h.toList());
    }

    @Test
    void aWorkerSeesEveryTypecodesLimitsAndWritesThemBack() {
        List<Limits> all = limits().toList();
        List<Array<Object>> arrays = new ArrayList<>();
        List<Value<Object>> values = new ArrayList<>();
        for (Limits l : all) {
            arrays.add(Array.of(context(), l.code(), List.of(l.min(), l.max())));
            values.add(Value.of(context(), l.code(), l.max()));
        }
        runInWorker(() -> {
            for (int i = 0; i < all.size(); i++) {
                Limits l = all.get(i);
                Array<Object> a = arrays.get(i);
                if (!a.get(0).equals(l.min()) || !a.get(1).equals(l.max()) || !values.get(i).get().equals(l.max())) {
                    throw new AssertionError("the worker read " + a.toList() + " and " + values.get(i).get()
                            + " for " + l);
                }
                a.set(0, l.max());
                a.set(1, l.min());
                values.get(i).set(l.min());
            }
        });
        for (int i = 0; i < all.size(); i++) {
            Limits l = all.get(i);
            assertEquals(List.of(l.max(), l.min()), arrays.get(i).toList(), l.toString());
            assertEquals(l.min(), values.get(i).get(), l.toString());
        }
    }
}
