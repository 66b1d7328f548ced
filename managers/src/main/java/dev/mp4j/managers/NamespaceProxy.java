package dev.mp4j.managers;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/** The proxy of a manager's {@code namespace()} (Python's {@code NamespaceProxy}): each call one round trip. */
final class NamespaceProxy implements Proxied, Namespace, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Class<?>[] NAME = {String.class};

    private final transient RemoteObject remote;

    NamespaceProxy(RemoteObject remote) {
        this.remote = remote;
    }

    @Override
    public RemoteObject remote() {
        return remote;
    }

    @Override
    public String proxyKind() {
        return "NamespaceProxy";
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(String name) {
        return (T) remote.call("get", NAME, name);
    }

    @Override
    public void set(String name, Object value) {
        remote.call("set", new Class<?>[] {String.class, Object.class}, name, value);
    }

    @Override
    public void delete(String name) {
        remote.call("delete", NAME, name);
    }

    @Override
    public boolean has(String name) {
        return (Boolean) remote.call("has", NAME, name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> attributes() {
        return (Map<String, Object>) remote.call("attributes", new Class<?>[0]);
    }

    @Override
    public String toString() {
        return LocalNamespace.render(attributes());
    }

    @Serial
    private Object writeReplace() {
        return ProxyRef.of(remote);
    }
}
