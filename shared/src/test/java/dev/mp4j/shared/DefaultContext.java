package dev.mp4j.shared;

import dev.mp4j.core.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

/** For the tests of the no-context factories: run with a default context, and tell which context made an object. */
final class DefaultContext {

    private DefaultContext() {}

    /** Runs {@code body} with {@code context} as the default context, then puts the old default back. */
    static void with(Context context, Runnable body) {
        Context previous = Context.defaultContext();
        Context.setDefault(context);
        try {
            body.run();
        } finally {
            Context.setDefault(previous);
        }
    }

    /**
     * Whether {@code primitive} was made by a context whose workers are other JVMs (spawn,
     * cluster): such a primitive serializes as a handle, a threads one refuses to.
     */
    static boolean travels(Object primitive) {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(primitive);
            return true;
        } catch (NotSerializableException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
