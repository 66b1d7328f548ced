package dev.mp4j.managers;

import java.io.Serial;
import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * The proxy of a manager's {@code list()} (Python's {@code ListProxy}): a {@code List} whose
 * every call is one round trip to the list in the server, atomic there. Its iterators and
 * sublists are {@code AbstractList}'s, over {@code get} and {@code set} by index (a round
 * trip per element); {@code toString}, {@code equals} and {@code hashCode} take a copy in one.
 */
final class ListProxy<E> extends AbstractList<E> implements Proxied, RandomAccess, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Class<?>[] NONE = {};
    private static final Class<?>[] INDEX = {int.class};
    private static final Class<?>[] ONE = {Object.class};

    private final transient RemoteObject remote;

    ListProxy(RemoteObject remote) {
        this.remote = remote;
    }

    @Override
    public RemoteObject remote() {
        return remote;
    }

    @Override
    public String proxyKind() {
        return "ListProxy";
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) remote.call("get", INDEX, index);
    }

    @Override
    public int size() {
        return (Integer) remote.call("size", NONE);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        return (E) remote.call("set", new Class<?>[] {int.class, Object.class}, index, element);
    }

    @Override
    public boolean add(E e) {
        modCount++;
        return (Boolean) remote.call("add", ONE, e);
    }

    @Override
    public void add(int index, E element) {
        modCount++;
        remote.call("add", new Class<?>[] {int.class, Object.class}, index, element);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E remove(int index) {
        modCount++;
        return (E) remote.call("remove", INDEX, index);
    }

    @Override
    public boolean remove(Object o) {
        modCount++;
        return (Boolean) remote.call("remove", ONE, o);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        modCount++;
        return (Boolean) remote.call("addAll", new Class<?>[] {Collection.class}, new ArrayList<>(c));
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        modCount++;
        return (Boolean) remote.call("addAll", new Class<?>[] {int.class, Collection.class}, index, new ArrayList<>(c));
    }

    @Override
    public void clear() {
        modCount++;
        remote.call("clear", NONE);
    }

    @Override
    public boolean contains(Object o) {
        return (Boolean) remote.call("contains", ONE, o);
    }

    @Override
    public int indexOf(Object o) {
        return (Integer) remote.call("indexOf", ONE, o);
    }

    @Override
    public int lastIndexOf(Object o) {
        return (Integer) remote.call("lastIndexOf", ONE, o);
    }

    @Override
    public boolean isEmpty() {
        return (Boolean) remote.call("isEmpty", NONE);
    }

    /** A copy of the list, in one round trip. */
    @SuppressWarnings("unchecked")
    List<E> copy() {
        return (List<E>) remote.call("copy", NONE);
    }

    @Override
    public Object[] toArray() {
        return copy().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return copy().toArray(a);
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        return o instanceof List<?> l && copy().equals(l instanceof ListProxy<?> p ? p.copy() : l);
    }

    @Override
    public int hashCode() {
        return copy().hashCode();
    }

    @Override
    public String toString() {
        return copy().toString();
    }

    @Serial
    private Object writeReplace() {
        return ProxyRef.of(remote);
    }
}
