package dev.mp4j.managers;

import dev.mp4j.core.SerializationError;
import dev.mp4j.core.internal.serial.CompactCodec;
import dev.mp4j.core.internal.serial.Serialization;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bytes of a {@link Request} and of a {@link Reply}. A call whose arguments are plain
 * scalars (null, numbers, booleans, strings), and a reply of one such value, go in
 * {@link CompactCodec}'s form; everything else by Java serialization through mp4j's filter.
 * An object stream's header and class descriptors cost more than most calls' work: a dict's
 * {@code put("k", 1)} and its reply took four streams a round trip.
 *
 * <pre>
 * call:  CompactCodec list [id (long), method (string), signature (string), args...]
 * reply: CompactCodec list [value]
 * </pre>
 *
 * The first byte tells the forms apart: {@link CompactCodec#MARKER}, never 0xAC (an object
 * stream's first byte).
 */
final class Wire {

    private Wire() {}

    /** The parameter types of a method as a call names them: their names, comma-separated. */
    static String signature(Class<?>[] parameterTypes) {
        return Arrays.stream(parameterTypes).map(Class::getName).collect(Collectors.joining(","));
    }

    /** @throws SerializationError naming what cannot be serialized; nothing is sent */
    static byte[] encode(Request request) {
        if (request instanceof Request.Call c && (c.args() == null || CompactCodec.fits(c.args()))) {
            Object[] args = c.args() == null ? new Object[0] : c.args();
            List<Object> values = new ArrayList<>(3 + args.length);
            values.add(c.id());
            values.add(c.method());
            values.add(c.signature());
            Collections.addAll(values, args);
            return CompactCodec.encode(values);
        }
        return Serialization.serialize(request, "the manager request " + request.getClass().getSimpleName());
    }

    static Request decodeRequest(byte[] bytes) {
        if (!compact(bytes)) {
            return (Request) Serialization.deserialize(bytes, "a manager request");
        }
        Object[] values = read(bytes, "a manager call");
        if (values.length < 3 || !(values[0] instanceof Long id) || !(values[1] instanceof String method)
                || !(values[2] instanceof String signature)) {
            throw new SerializationError("a manager call in compact form lacks its id, method or signature");
        }
        return new Request.Call(id, method, signature, Arrays.copyOfRange(values, 3, values.length));
    }

    /** @throws SerializationError naming what cannot be serialized */
    static byte[] encode(Reply reply) {
        if (reply.error() == null && CompactCodec.fits(new Object[] {reply.value()})) {
            byte[] scalar = CompactCodec.encodeScalar(reply.value());
            return scalar != null ? scalar : CompactCodec.encode(Collections.singletonList(reply.value()));
        }
        return Serialization.serialize(reply, "the manager's reply");
    }

    static Reply decodeReply(byte[] bytes) {
        if (!compact(bytes)) {
            return (Reply) Serialization.deserialize(bytes, "a manager reply");
        }
        Object scalar = CompactCodec.readScalar(bytes);
        if (scalar != CompactCodec.NOT_SCALAR) {
            return Reply.of(scalar);
        }
        Object[] values = read(bytes, "a manager reply");
        if (values.length != 1) {
            throw new SerializationError("a manager reply in compact form holds " + values.length + " values, not 1");
        }
        return Reply.of(values[0]);
    }

    private static boolean compact(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == CompactCodec.MARKER;
    }

    private static Object[] read(byte[] bytes, String what) {
        try {
            return CompactCodec.read(bytes, 1);
        } catch (IOException e) {
            throw new SerializationError("cannot read " + what + ": " + e.getMessage(), e);
        }
    }
}
