package dev.mp4j.queues;

import dev.mp4j.core.SerializationError;
import dev.mp4j.core.internal.serial.CompactCodec;
import dev.mp4j.core.internal.serial.Serialization;
import java.io.IOException;
import java.util.Collections;

/**
 * The bytes of an item in a spawn-context queue: plain values (null, numbers, booleans,
 * strings, byte arrays, lists of them) in {@link CompactCodec}'s form, anything else by Java
 * serialization through mp4j's filter. The first byte tells them apart (the compact marker
 * is never 0xAC, an object stream's first byte).
 */
final class ItemCodec {

    private ItemCodec() {}

    /**
     * Encodes in the caller's thread, before any lock is taken.
     *
     * @throws SerializationError naming the field that cannot be serialized
     */
    static byte[] encode(Object item, String queueType) {
        byte[] scalar = CompactCodec.encodeScalar(item);
        if (scalar != null) {
            return scalar;
        }
        if (CompactCodec.fitsNested(item)) {
            return CompactCodec.encode(Collections.singletonList(item));
        }
        return Serialization.serialize(item, "the item put on the " + queueType);
    }

    static Object decode(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == CompactCodec.MARKER) {
            Object scalar = CompactCodec.readScalar(bytes);
            if (scalar != CompactCodec.NOT_SCALAR) {
                return scalar;
            }
            try {
                return CompactCodec.read(bytes, 1)[0];
            } catch (IOException e) {
                throw new SerializationError("cannot read an item of a queue: " + e.getMessage(), e);
            }
        }
        return Serialization.deserialize(bytes, "an item of a queue");
    }
}
