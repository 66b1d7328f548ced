package dev.mp4j.managers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mp4j.core.SerializationError;
import dev.mp4j.core.internal.serial.CompactCodec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bytes of requests and replies: plain calls and values compact, the rest serialized, each read back as sent. */
class WireTest {

    @Test
    void aCallOfPlainArgumentsGoesCompactAndComesBackWhole() {
        Request.Call call = new Request.Call(7, "put", Wire.signature(new Class<?>[] {Object.class, Object.class}),
                new Object[] {"k", 42});
        byte[] bytes = Wire.encode(call);
        assertEquals(CompactCodec.MARKER, bytes[0]);
        Request.Call back = (Request.Call) Wire.decodeRequest(bytes);
        assertEquals(7, back.id());
        assertEquals("put", back.method());
        assertEquals("java.lang.Object,java.lang.Object", back.signature());
        assertArrayEquals(new Object[] {"k", 42}, back.args());
    }

    @Test
    void aCallWithoutArgumentsHasAnEmptySignatureAndNoArguments() {
        Request.Call back = (Request.Call) Wire.decodeRequest(Wire.encode(new Request.Call(1, "size", "", null)));
        assertEquals("", back.signature());
        assertArrayEquals(new Object[0], back.args());
    }

    @Test
    void aCallOfAnyOtherArgumentIsSerializedAndKeepsItsType() {
        java.util.LinkedList<Integer> list = new java.util.LinkedList<>(List.of(1, 2));
        byte[] bytes = Wire.encode(new Request.Call(3, "put", "java.lang.Object,java.lang.Object", new Object[] {"k", list}));
        assertNotEquals(CompactCodec.MARKER, bytes[0]);
        Request.Call back = (Request.Call) Wire.decodeRequest(bytes);
        assertInstanceOf(java.util.LinkedList.class, back.args()[1]);
        assertEquals(list, back.args()[1]);
    }

    @Test
    void otherRequestsAreSerialized() {
        assertEquals(new Request.Decref(9), Wire.decodeRequest(Wire.encode(new Request.Decref(9))));
    }

    @Test
    void repliesOfPlainValuesGoCompactOthersSerialized() {
        for (Object value : new Object[] {null, 1, 2L, 3.5, true, "text"}) {
            byte[] bytes = Wire.encode(Reply.of(value));
            assertEquals(CompactCodec.MARKER, bytes[0], "compact: " + value);
            Reply back = Wire.decodeReply(bytes);
            assertEquals(value, back.value());
            assertNull(back.error());
        }
        Reply map = Wire.decodeReply(Wire.encode(Reply.of(Map.of("a", 1))));
        assertEquals(Map.of("a", 1), map.value());
        Reply failed = Wire.decodeReply(Wire.encode(Reply.failed(new IllegalStateException("no"))));
        assertInstanceOf(IllegalStateException.class, failed.error());
        assertEquals("no", failed.error().getMessage());
    }

    @Test
    void aCompactCallWithoutItsHeaderIsAMalformedMessage() {
        byte[] bytes = CompactCodec.encode(List.of("not an id", "put"));
        SerializationError e = assertThrows(SerializationError.class, () -> Wire.decodeRequest(bytes));
        assertEquals("a manager call in compact form lacks its id, method or signature", e.getMessage());
    }
}
