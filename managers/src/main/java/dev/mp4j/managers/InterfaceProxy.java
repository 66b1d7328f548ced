package dev.mp4j.managers;

import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The handler of a registered type's proxy (Python's {@code AutoProxy}): each abstract method
 * of the interface is one call in the server. A default method runs here, on the proxy, as
 * the interface wrote it in terms of the others (so a lambda it takes stays in this process).
 * {@code toString()} is the object's own, from the server; {@code equals} and
 * {@code hashCode} are the token's: two proxies are equal when they stand for one object.
 */
final class InterfaceProxy implements Proxied, InvocationHandler, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient RemoteObject remote;

    InterfaceProxy(RemoteObject remote) {
        this.remote = remote;
    }

    @Override
    public RemoteObject remote() {
        return remote;
    }

    @Override
    public String proxyKind() {
        return "AutoProxy[" + remote.token().typeid() + "]";
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> args[0] != null && Proxy.isProxyClass(args[0].getClass())
                        && Proxy.getInvocationHandler(args[0]) instanceof InterfaceProxy other
                        && other.remote.token().equals(remote.token());
                case "hashCode" -> remote.token().hashCode();
                default -> remote.call("toString", new Class<?>[0]);
            };
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        return remote.call(method.getName(), method.getParameterTypes(), args);
    }

    @Serial
    private Object writeReplace() {
        return new HandlerRef(ProxyRef.of(remote));
    }

    /**
     * A handler's serialized form: its proxy's {@link ProxyRef}, which is a proxy again once
     * read (so the component is an {@code Object}); the handler is that proxy's.
     */
    private record HandlerRef(Object proxy) implements Serializable {
        @Serial
        private Object readResolve() {
            return Proxy.getInvocationHandler(proxy);
        }
    }
}
