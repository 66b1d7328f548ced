package dev.mp4j.managers;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * One registered type id: how the server makes its objects and which interface their proxies
 * implement (Python's {@code register(typeid, callable, proxytype, exposed, method_to_typeid)}).
 *
 * @param factory null on a client's registration, which only names the interface
 * @param methodToTypeid the methods whose results stay in the server as objects of another
 *     type id, the caller getting a proxy
 * @param atomic whether each call runs under the object's monitor (the built-in types, as
 *     Python's built-ins under its GIL)
 */
record Registration(String typeid, Factory<?> factory, Class<?> type, Map<String, String> methodToTypeid,
        boolean atomic) implements Serializable {

    Registration {
        Objects.requireNonNull(typeid, "typeid");
        Objects.requireNonNull(type, "type");
        if (typeid.isBlank()) {
            throw new IllegalArgumentException("a type id must not be blank");
        }
        if (!type.isInterface()) {
            throw new IllegalArgumentException("the type of '" + typeid + "' must be an interface (its proxy implements it), not "
                    + type.getName());
        }
        methodToTypeid = Map.copyOf(methodToTypeid);
    }
}
