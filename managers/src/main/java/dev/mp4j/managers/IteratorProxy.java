package dev.mp4j.managers;

import java.io.Serial;
import java.io.Serializable;
import java.util.Iterator;

/**
 * The proxy of an iterator a server's method returned (Python's {@code IteratorProxy}, which
 * a generator's proxy is): {@code hasNext}, {@code next} and {@code remove} are calls in the
 * server, one round trip each; {@code forEachRemaining} runs here.
 */
final class IteratorProxy<E> implements Proxied, Iterator<E>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Class<?>[] NONE = {};

    private final transient RemoteObject remote;

    IteratorProxy(RemoteObject remote) {
        this.remote = remote;
    }

    @Override
    public RemoteObject remote() {
        return remote;
    }

    @Override
    public String proxyKind() {
        return "IteratorProxy";
    }

    @Override
    public boolean hasNext() {
        return (Boolean) remote.call("hasNext", NONE);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E next() {
        return (E) remote.call("next", NONE);
    }

    @Override
    public void remove() {
        remote.call("remove", NONE);
    }

    @Override
    public String toString() {
        return "<IteratorProxy " + remote.token() + ">";
    }

    @Serial
    private Object writeReplace() {
        return ProxyRef.of(remote);
    }
}
