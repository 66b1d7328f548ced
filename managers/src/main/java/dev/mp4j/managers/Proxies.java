package dev.mp4j.managers;

import dev.mp4j.core.Context;

/** Makes the proxy of a token: the hand-written ones of the built-in types, a {@link java.lang.reflect.Proxy} for the rest. */
final class Proxies {

    private Proxies() {}

    /**
     * The proxy of {@code token}, its reference counted: by the server already if
     * {@code fresh}, else by an incref sent now (or, in the server's own JVM while it receives
     * a request, counted there).
     */
    static Object rebuild(Token token, boolean fresh, byte[] carriedKey) {
        Server own = Server.receiving(token.address());
        RemoteObject remote;
        if (own != null) {
            own.incref(token.id());
            remote = new RemoteObject(token, own.authkey());
        } else {
            byte[] key = keyFor(carriedKey);
            remote = new RemoteObject(token, key);
            if (!fresh) {
                Channels.call(token.address(), key, new Request.Incref(token.id()));
            }
        }
        Object proxy = of(remote);
        // The proxy, or for a java.lang.reflect.Proxy its handler: reachable exactly as long as the proxy.
        Object holder = proxied(proxy);
        if (own != null) {
            remote.releaseWhenUnreachable(holder, own);
        } else {
            remote.releaseWhenUnreachable(holder);
        }
        return proxy;
    }

    /** What stands behind {@code object} if it is a proxy of a manager's object; else null. */
    static Proxied proxied(Object object) {
        if (object instanceof Proxied p) {
            return p;
        }
        if (object != null && java.lang.reflect.Proxy.isProxyClass(object.getClass())
                && java.lang.reflect.Proxy.getInvocationHandler(object) instanceof Proxied p) {
            return p;
        }
        return null;
    }

    /**
     * The key a rebuilt proxy uses: the one it carried (inside a start request), else the one
     * of the connection whose reply holds it, else this process's authkey.
     */
    private static byte[] keyFor(byte[] carried) {
        if (carried != null) {
            return carried;
        }
        byte[] receiving = Channels.receivingKey();
        return receiving != null ? receiving : Context.currentProcess().authkey();
    }

    private static Object of(RemoteObject remote) {
        return switch (remote.token().typeid()) {
            case Manager.DICT -> new DictProxy<>(remote);
            case Manager.LIST -> new ListProxy<>(remote);
            case Manager.NAMESPACE -> new NamespaceProxy(remote);
            case Server.ITERATOR -> new IteratorProxy<>(remote);
            default -> {
                Class<?> type = remote.token().type();
                yield java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                        new InterfaceProxy(remote));
            }
        };
    }
}
