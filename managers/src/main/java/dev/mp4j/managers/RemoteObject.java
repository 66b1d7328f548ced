package dev.mp4j.managers;

import java.lang.ref.Cleaner;

/**
 * What one proxy knows of its object: the token, the key to its server, and the reference
 * it holds there, given back (a decref) once the proxy is unreachable. A proxy deserialized
 * in the server's own JVM while the server receives a request (a proxy stored in another
 * object of the server, as a dict in a list) counts its reference in the server directly.
 */
final class RemoteObject {

    private static final Cleaner CLEANER = Cleaner.create();

    private final Token token;
    private final byte[] authkey;

    RemoteObject(Token token, byte[] authkey) {
        this.token = token;
        this.authkey = authkey;
    }

    Token token() {
        return token;
    }

    byte[] authkey() {
        return authkey;
    }

    /** Calls {@code method} of the object in its server; what it threw is thrown as itself. */
    Object call(String method, Class<?>[] parameterTypes, Object... args) {
        return Channels.call(token.address(), authkey, new Request.Call(token.id(), method, Wire.signature(parameterTypes), args));
    }

    /** Gives the reference back to the client's server once {@code holder}, the proxy, is unreachable. */
    void releaseWhenUnreachable(Object holder) {
        CLEANER.register(holder, new Release(token, authkey, null));
    }

    /** Gives the reference back to {@code server}, in this JVM, once {@code holder} is unreachable. */
    void releaseWhenUnreachable(Object holder, Server server) {
        CLEANER.register(holder, new Release(token, authkey, server));
    }

    /** The decref, holding nothing that keeps the proxy reachable. */
    private record Release(Token token, byte[] authkey, Server server) implements Runnable {
        @Override
        public void run() {
            if (server != null) {
                server.decref(token.id());
                return;
            }
            try {
                Channels.call(token.address(), authkey, new Request.Decref(token.id()));
            } catch (RuntimeException e) {
                // The server is gone, and the object with it.
            }
        }
    }
}
