package dev.mp4j.pool;

import dev.mp4j.core.internal.serial.CompactCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lean encoding of the commonest task: a serializable lambda (or method reference) of a
 * class-path class whose captured values are plain (see {@link CompactCodec}), possibly in
 * the {@link Adapters.TaskFn} of {@code apply}. Java serialization of a lambda costs tens of
 * microseconds, a stream per task; this writes the lambda's {@link SerializedLambda} fields
 * and rebuilds it in the worker through the capturing class's own
 * {@code $deserializeLambda$}, the method Java serialization itself ends in, so the JDK's
 * checks of the lambda's shape still apply. Anything else goes through Java serialization.
 *
 * <pre>
 * MARKER, boolean inTaskFn, int headerLength, the header: 8 UTF strings (capturing class,
 * interface class, its method name and signature, impl class, impl method name and
 * signature, instantiated type) and int impl kind; the captured values in
 * {@link CompactCodec} form
 * </pre>
 *
 * The header is the same for every lambda of a class: the encoder writes it once per class,
 * the decoder reads it once per run of equal headers.
 */
final class LambdaCodec {

    static final byte MARKER = 'L';

    private static final ClassValue<Method> WRITE_REPLACE = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            try {
                Method m = type.getDeclaredMethod("writeReplace");
                m.setAccessible(true);
                return m;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    };

    private static final ConcurrentHashMap<String, Method> DESERIALIZERS = new ConcurrentHashMap<>();
    /** The header of each lambda class's encoding, made once. */
    private static final ConcurrentHashMap<Class<?>, byte[]> HEADERS = new ConcurrentHashMap<>();

    private LambdaCodec() {}

    /** The lean form of {@code fn}, or null if it does not qualify. */
    static byte[] encode(Fn<Object, Object> fn) {
        boolean inTaskFn = fn instanceof Adapters.TaskFn;
        Object lambda = inTaskFn ? ((Adapters.TaskFn) fn).task() : fn;
        Class<?> type = lambda.getClass();
        if (!(type.isSynthetic() || type.isHidden()) || type.getModule().isNamed()) {
            return null;
        }
        Method writeReplace = WRITE_REPLACE.get(type);
        if (writeReplace == null) {
            return null;
        }
        SerializedLambda s;
        try {
            if (!(writeReplace.invoke(lambda) instanceof SerializedLambda sl)) {
                return null;
            }
            s = sl;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        Object[] captured = new Object[s.getCapturedArgCount()];
        for (int i = 0; i < captured.length; i++) {
            captured[i] = s.getCapturedArg(i);
        }
        if (!CompactCodec.fits(captured)) {
            return null;
        }
        byte[] header = HEADERS.get(type);
        if (header == null) {
            header = header(s);
            HEADERS.put(type, header);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(header.length + 16 + 16 * captured.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(MARKER);
            out.writeBoolean(inTaskFn);
            out.writeInt(header.length);
            out.write(header);
            CompactCodec.write(out, Arrays.asList(captured), captured.length);
        } catch (IOException e) {
            return null;
        }
        return bytes.toByteArray();
    }

    /** What does not change from one lambda of a class to the next: its names and signatures, written once. */
    private static byte[] header(SerializedLambda s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(s.getCapturingClass());
            out.writeUTF(s.getFunctionalInterfaceClass());
            out.writeUTF(s.getFunctionalInterfaceMethodName());
            out.writeUTF(s.getFunctionalInterfaceMethodSignature());
            out.writeUTF(s.getImplClass());
            out.writeUTF(s.getImplMethodName());
            out.writeUTF(s.getImplMethodSignature());
            out.writeUTF(s.getInstantiatedMethodType());
            out.writeInt(s.getImplMethodKind());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A header as read, with the capturing class and its deserializer looked up. */
    private record Header(byte[] bytes, Class<?> capturingClass, Method deserializer, String fiClass, String fiMethod,
            String fiSignature, String implClass, String implMethod, String implSignature, String instantiated,
            int implKind) {}

    /** The header read last: a worker's tasks are mostly lambdas of one class. */
    private static volatile Header lastHeader;

    /** Rebuilds what {@link #encode} wrote. */
    @SuppressWarnings("unchecked")
    static Fn<Object, Object> decode(byte[] bytes) throws IOException, ReflectiveOperationException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1));
        boolean inTaskFn = in.readBoolean();
        int length = in.readInt();
        Header h = lastHeader;
        if (h == null || h.bytes().length != length || !Arrays.equals(h.bytes(), 0, length, bytes, 6, 6 + length)) {
            h = readHeader(Arrays.copyOfRange(bytes, 6, 6 + length));
            lastHeader = h;
        }
        in.skipBytes(length);
        if (in.readByte() != CompactCodec.MARKER) {
            throw new IOException("malformed lambda frame");
        }
        Object[] captured = CompactCodec.read(in);
        SerializedLambda s = new SerializedLambda(h.capturingClass(), h.fiClass(), h.fiMethod(), h.fiSignature(),
                h.implKind(), h.implClass(), h.implMethod(), h.implSignature(), h.instantiated(), captured);
        Object lambda = h.deserializer().invoke(null, s);
        return inTaskFn ? new Adapters.TaskFn((Task<?>) lambda) : (Fn<Object, Object>) lambda;
    }

    private static Header readHeader(byte[] header) throws IOException, ReflectiveOperationException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(header));
        String capturing = in.readUTF();
        Class<?> capturingClass = Class.forName(capturing.replace('/', '.'), false, LambdaCodec.class.getClassLoader());
        return new Header(header, capturingClass, deserializer(capturingClass), in.readUTF(), in.readUTF(),
                in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readInt());
    }

    private static Method deserializer(Class<?> capturingClass) throws NoSuchMethodException {
        Method m = DESERIALIZERS.get(capturingClass.getName());
        if (m == null) {
            m = capturingClass.getDeclaredMethod("$deserializeLambda$", SerializedLambda.class);
            m.setAccessible(true);
            DESERIALIZERS.put(capturingClass.getName(), m);
        }
        return m;
    }

}
