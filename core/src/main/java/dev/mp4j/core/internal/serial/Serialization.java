package dev.mp4j.core.internal.serial;

import dev.mp4j.core.SerializationError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;

/**
 * Java serialization for everything mp4j sends to another JVM. Serialize in the caller's
 * thread, so that a task or argument that cannot travel fails at the call that sent it,
 * with the path to the offending field in the message.
 *
 * <p>Reads go through an {@link ObjectInputFilter} with graph limits; {@code
 * -Dmp4j.serialFilter} replaces it with any pattern of {@link ObjectInputFilter.Config#createFilter}
 * syntax. The channel it reads from is authenticated, so the filter bounds damage from
 * bugs, not from strangers.
 */
public final class Serialization {

    static final String DEFAULT_FILTER = "maxdepth=1000;maxrefs=10000000;maxbytes=" + Long.MAX_VALUE
            + ";!java.rmi.**;!javax.management.**;!sun.rmi.**";

    private static final ObjectInputFilter FILTER =
            ObjectInputFilter.Config.createFilter(System.getProperty("mp4j.serialFilter", DEFAULT_FILTER));

    private Serialization() {}

    /**
     * Serializes {@code object}.
     *
     * @param what how the error message names the object, such as "the target of Process-1"
     * @throws SerializationError naming the class that cannot be serialized and the path to it
     */
    public static byte[] serialize(Object object, String what) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        } catch (NotSerializableException | InvalidClassException e) {
            throw new SerializationError("cannot serialize " + what
                    + ObjectPaths.describePathTo(object, e) + ": " + explain(e), e);
        } catch (ObjectStreamException e) {
            throw new SerializationError("cannot serialize " + what + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SerializationError("cannot serialize " + what + ": " + e, e);
        }
        return bytes.toByteArray();
    }

    /**
     * Serializes the start request of a new process, as {@link #serialize} does, marking this
     * thread meanwhile (see {@link #serializingForStart()}).
     */
    public static byte[] serializeForStart(Object request, String what) {
        FOR_START.set(Boolean.TRUE);
        try {
            return serialize(request, what);
        } finally {
            FOR_START.remove();
        }
    }

    /**
     * Whether this thread is serializing the start request of a new process (Python's
     * {@code get_spawning_popen()}): the child deserializes it before it knows its own
     * authkey, so a handle that needs the key to reconnect carries it in this one case.
     */
    public static boolean serializingForStart() {
        return FOR_START.get() != null;
    }

    private static final ThreadLocal<Boolean> FOR_START = new ThreadLocal<>();

    /** Deserializes what {@link #serialize} wrote, through the filter. */
    public static Object deserialize(byte[] bytes, String what) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(FILTER);
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new SerializationError("cannot deserialize " + what + ": " + e, e);
        }
    }

    /** A stream that reads what an {@link ObjectOutputStream} wrote, through the filter. */
    public static ObjectInputStream input(InputStream in) throws IOException {
        ObjectInputStream stream = new ObjectInputStream(in);
        stream.setObjectInputFilter(FILTER);
        return stream;
    }

    private static String explain(ObjectStreamException e) {
        if (e instanceof NotTransferableException n) {
            return n.hint();
        }
        String message = e.getMessage();
        if (e instanceof NotSerializableException && message != null && !message.contains(" ")) {
            return message + " is not Serializable";
        }
        return message;
    }
}
