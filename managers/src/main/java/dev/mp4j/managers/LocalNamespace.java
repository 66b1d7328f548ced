package dev.mp4j.managers;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The {@link Namespace} itself: the threads context's, and what a spawn manager's server holds. */
final class LocalNamespace implements Namespace, java.io.Serializable {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final Map<String, Object> attributes = new TreeMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T get(String name) {
        if (!attributes.containsKey(name)) {
            throw missing(name);
        }
        return (T) attributes.get(name);
    }

    @Override
    public synchronized void set(String name, Object value) {
        attributes.put(checked(name), value);
    }

    @Override
    public synchronized void delete(String name) {
        if (!attributes.containsKey(name)) {
            throw missing(name);
        }
        attributes.remove(name);
    }

    @Override
    public synchronized boolean has(String name) {
        return attributes.containsKey(name);
    }

    @Override
    public synchronized Map<String, Object> attributes() {
        return new TreeMap<>(attributes);
    }

    @Override
    public synchronized String toString() {
        return render(attributes);
    }

    /** Python's repr of a namespace with these attributes. */
    static String render(Map<String, Object> attributes) {
        return attributes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "Namespace(", ")"));
    }

    private static String checked(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a namespace attribute needs a name, got " + (name == null ? "null" : "\"\""));
        }
        return name;
    }

    private static NoSuchElementException missing(String name) {
        return new NoSuchElementException("'Namespace' object has no attribute '" + name + "'");
    }
}
