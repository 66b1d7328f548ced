package dev.mp4j.managers;

import java.io.Serial;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The proxy of a manager's {@code dict()} (Python's {@code DictProxy}): a {@code Map} whose
 * every call is one round trip to the map in the server, atomic there. Iterating its views
 * takes a snapshot of the entries in one round trip; removing through an iterator, or
 * {@code setValue} on an entry, writes through to the server (the iterators are weakly
 * consistent, as {@code ConcurrentHashMap}'s: they never throw
 * {@code ConcurrentModificationException}). {@code putIfAbsent}, {@code getOrDefault},
 * {@code replace} and the two-argument {@code remove} are single calls too; the methods that
 * take a function ({@code compute}, {@code merge}, ...) run here, over several calls.
 */
final class DictProxy<K, V> extends AbstractMap<K, V> implements Proxied, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Class<?>[] NONE = {};
    private static final Class<?>[] ONE = {Object.class};
    private static final Class<?>[] TWO = {Object.class, Object.class};
    private static final Class<?>[] THREE = {Object.class, Object.class, Object.class};

    private final transient RemoteObject remote;
    private transient Set<Map.Entry<K, V>> entries;

    DictProxy(RemoteObject remote) {
        this.remote = remote;
    }

    @Override
    public RemoteObject remote() {
        return remote;
    }

    @Override
    public String proxyKind() {
        return "DictProxy";
    }

    @Override
    public int size() {
        return (Integer) remote.call("size", NONE);
    }

    @Override
    public boolean isEmpty() {
        return (Boolean) remote.call("isEmpty", NONE);
    }

    @Override
    public boolean containsKey(Object key) {
        return (Boolean) remote.call("containsKey", ONE, key);
    }

    @Override
    public boolean containsValue(Object value) {
        return (Boolean) remote.call("containsValue", ONE, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        return (V) remote.call("get", ONE, key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V defaultValue) {
        return (V) remote.call("getOrDefault", TWO, key, defaultValue);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        return (V) remote.call("put", TWO, key, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V putIfAbsent(K key, V value) {
        return (V) remote.call("putIfAbsent", TWO, key, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        return (V) remote.call("remove", ONE, key);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return (Boolean) remote.call("remove", TWO, key, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V replace(K key, V value) {
        return (V) remote.call("replace", TWO, key, value);
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return (Boolean) remote.call("replace", THREE, key, oldValue, newValue);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        remote.call("putAll", new Class<?>[] {Map.class}, new LinkedHashMap<>(m));
    }

    @Override
    public void clear() {
        remote.call("clear", NONE);
    }

    @SuppressWarnings("unchecked")
    private List<Map.Entry<K, V>> items() {
        return (List<Map.Entry<K, V>>) remote.call("items", NONE);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> e = entries;
        return e != null ? e : (entries = new Entries());
    }

    /** The entries: a snapshot per iteration, writing through. */
    private final class Entries extends AbstractSet<Map.Entry<K, V>> {
        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            List<Map.Entry<K, V>> snapshot = items();
            return new Iterator<>() {
                private int next;
                private Map.Entry<K, V> last;

                @Override
                public boolean hasNext() {
                    return next < snapshot.size();
                }

                @Override
                public Map.Entry<K, V> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Map.Entry<K, V> e = snapshot.get(next++);
                    last = new WriteThrough(e.getKey(), e.getValue());
                    return last;
                }

                @Override
                public void remove() {
                    if (last == null) {
                        throw new IllegalStateException("next() was not called, or remove() was called after it already");
                    }
                    DictProxy.this.remove(last.getKey());
                    last = null;
                }
            };
        }

        @Override
        public int size() {
            return DictProxy.this.size();
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Map.Entry<?, ?> e && items().contains(new AbstractMap.SimpleImmutableEntry<>(e));
        }

        @Override
        public boolean remove(Object o) {
            return o instanceof Map.Entry<?, ?> e && DictProxy.this.remove(e.getKey(), e.getValue());
        }

        @Override
        public void clear() {
            DictProxy.this.clear();
        }
    }

    /** An entry of a snapshot whose {@code setValue} is a put in the server. */
    private final class WriteThrough extends AbstractMap.SimpleEntry<K, V> {
        @Serial
        private static final long serialVersionUID = 1L;

        WriteThrough(K key, V value) {
            super(key, value);
        }

        @Override
        public V setValue(V value) {
            put(getKey(), value);
            return super.setValue(value);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        return o instanceof Map<?, ?> m && snapshot().equals(m instanceof DictProxy<?, ?> d ? d.snapshot() : m);
    }

    @Override
    public int hashCode() {
        return snapshot().hashCode();
    }

    @Override
    public String toString() {
        return snapshot().toString();
    }

    /** A copy of the map, in one round trip. */
    private Map<K, V> snapshot() {
        Map<K, V> copy = new LinkedHashMap<>();
        items().forEach(e -> copy.put(e.getKey(), e.getValue()));
        return copy;
    }

    @Serial
    private Object writeReplace() {
        return ProxyRef.of(remote);
    }
}
