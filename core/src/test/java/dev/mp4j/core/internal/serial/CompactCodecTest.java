package dev.mp4j.core.internal.serial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CompactCodecTest {

    static Stream<Object> scalars() {
        return Stream.of(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x1234_5678, 0L, -7L, Long.MIN_VALUE,
                Long.MAX_VALUE, 0x0102_0304_0506_0708L, 0.0, -0.0, 1.5, Double.NaN, Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE, true, false, null);
    }

    @ParameterizedTest
    @MethodSource("scalars")
    void theScalarFormIsTheListFormOfOneValue(Object v) {
        assertArrayEquals(CompactCodec.encode(Collections.singletonList(v)), CompactCodec.encodeScalar(v));
    }

    @ParameterizedTest
    @MethodSource("scalars")
    void aScalarReadsBackAsItselfByBothReaders(Object v) throws IOException {
        byte[] bytes = CompactCodec.encodeScalar(v);
        assertEquals(v, CompactCodec.readScalar(bytes));
        assertEquals(v, CompactCodec.read(bytes, 1)[0]);
    }

    static Stream<Object> others() {
        return Stream.of("text", "", new byte[] {1, 2}, List.of(1, 2), List.of());
    }

    @ParameterizedTest
    @MethodSource("others")
    void otherValuesHaveNoScalarForm(Object v) {
        assertNull(CompactCodec.encodeScalar(v));
        assertSame(CompactCodec.NOT_SCALAR, CompactCodec.readScalar(CompactCodec.encode(Collections.singletonList(v))));
    }

    @ParameterizedTest
    @MethodSource("scalars")
    void bytesOfAnotherLengthAreNoScalar(Object v) {
        byte[] bytes = CompactCodec.encodeScalar(v);
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertSame(CompactCodec.NOT_SCALAR, CompactCodec.readScalar(longer));
        assertSame(CompactCodec.NOT_SCALAR, CompactCodec.readScalar(new byte[0]));
        assertSame(CompactCodec.NOT_SCALAR, CompactCodec.readScalar(CompactCodec.encode(List.of(1, 2))));
    }
}
