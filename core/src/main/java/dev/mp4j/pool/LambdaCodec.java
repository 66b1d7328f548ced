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
 * MARKER, boolean inTaskFn, 8 UTF strings (capturing class, interface class, its method
 * name and signature, impl class, impl method name and signature, instantiated type),
 * int impl kind, the captured values in {@link CompactCodec} form
 * </pre>
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(MARKER);
            out.writeBoolean(inTaskFn);
            out.writeUTF(s.getCapturingClass());
            out.writeUTF(s.getFunctionalInterfaceClass());
            out.writeUTF(s.getFunctionalInterfaceMethodName());
            out.writeUTF(s.getFunctionalInterfaceMethodSignature());
            out.writeUTF(s.getImplClass());
            out.writeUTF(s.getImplMethodName());
            out.writeUTF(s.getImplMethodSignature());
            out.writeUTF(s.getInstantiatedMethodType());
            out.writeInt(s.getImplMethodKind());
            CompactCodec.write(out, Arrays.asList(captured), captured.length);
        } catch (IOException e) {
            return null;
        }
        return bytes.toByteArray();
    }

    /** Rebuilds what {@link #encode} wrote. */
    @SuppressWarnings("unchecked")
    static Fn<Object, Object> decode(byte[] bytes) throws IOException, ReflectiveOperationException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1));
        boolean inTaskFn = in.readBoolean();
        String capturing = in.readUTF();
        String fiClass = in.readUTF();
        String fiMethod = in.readUTF();
        String fiSignature = in.readUTF();
        String implClass = in.readUTF();
        String implMethod = in.readUTF();
        String implSignature = in.readUTF();
        String instantiated = in.readUTF();
        int implKind = in.readInt();
        if (in.readByte() != CompactCodec.MARKER) {
            throw new IOException("malformed lambda frame");
        }
        Object[] captured = CompactCodec.read(in);
        Class<?> capturingClass = Class.forName(capturing.replace('/', '.'), false, LambdaCodec.class.getClassLoader());
        SerializedLambda s = new SerializedLambda(capturingClass, fiClass, fiMethod, fiSignature, implKind,
                implClass, implMethod, implSignature, instantiated, captured);
        Object lambda = deserializer(capturingClass).invoke(null, s);
        return inTaskFn ? new Adapters.TaskFn((Task<?>) lambda) : (Fn<Object, Object>) lambda;
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
