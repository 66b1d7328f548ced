package dev.mp4j.managers;

import dev.mp4j.core.internal.serial.Serialization;
import java.io.Serial;
import java.io.Serializable;

/**
 * The serialized form of a proxy: its token. Deserialized, it is a proxy again, connected to
 * the same server, which then counts one more reference ({@code fresh}: the server counted it
 * already, for the reply of a {@code create} or of a {@code methodToTypeid} method). The
 * authkey travels only inside a new process's start request, which the child reads before it
 * has its own key (as Python's proxies carry it only while spawning).
 */
record ProxyRef(Token token, boolean fresh, byte[] authkey) implements Serializable {

    /** The serialized form of {@code remote}'s proxy, sent on by its holder. */
    static ProxyRef of(RemoteObject remote) {
        return new ProxyRef(remote.token(), false, Serialization.serializingForStart() ? remote.authkey() : null);
    }

    @Serial
    private Object readResolve() {
        return Proxies.rebuild(token, fresh, authkey);
    }
}
