package dev.mp4j.managers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The objects a server holds, each with the number of proxies that hold it, per holding
 * process (Python's {@code id_to_obj} and {@code id_to_refcount}): an object is dropped when
 * its count falls to zero, or when the processes that held it are gone. Thread-safe: the
 * server's connections are served by threads of their own.
 */
final class ObjectTable {

    /** An object, what it was registered as, and its references by holder. */
    static final class Entry {
        private final Object object;
        private final Registration registration;
        private final Map<Holder, Integer> refs = new HashMap<>();

        Entry(Object object, Registration registration) {
            this.object = object;
            this.registration = registration;
        }

        Object object() {
            return object;
        }

        Registration registration() {
            return registration;
        }
    }

    private final Map<Long, Entry> entries = new HashMap<>();
    private long nextId = 1;

    /** Adds {@code object} with one reference, {@code holder}'s; returns its id. */
    synchronized long add(Object object, Registration registration, Holder holder) {
        long id = nextId++;
        Entry e = new Entry(object, registration);
        e.refs.put(holder, 1);
        entries.put(id, e);
        return id;
    }

    /** The entry of {@code id}. */
    synchronized Entry get(long id) {
        Entry e = entries.get(id);
        if (e == null) {
            throw gone(id);
        }
        return e;
    }

    synchronized void incref(long id, Holder holder) {
        get(id).refs.merge(holder, 1, Integer::sum);
    }

    /** Drops one of {@code holder}'s references; the object goes with the last reference. */
    synchronized void decref(long id, Holder holder) {
        Entry e = get(id);
        Integer n = e.refs.get(holder);
        if (n == null) {
            throw new IllegalStateException("process " + holder.pid() + " holds no reference of object " + id);
        }
        if (n == 1) {
            e.refs.remove(holder);
        } else {
            e.refs.put(holder, n - 1);
        }
        if (e.refs.isEmpty()) {
            entries.remove(id);
        }
    }

    /** Drops every reference of the holders that are {@code gone}; returns how many objects went. */
    synchronized int dropHolders(Predicate<Holder> gone) {
        Set<Holder> holders = new HashSet<>();
        entries.values().forEach(e -> holders.addAll(e.refs.keySet()));
        holders.removeIf(gone.negate());
        if (holders.isEmpty()) {
            return 0;
        }
        int dropped = 0;
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.refs.keySet().removeAll(holders) && e.refs.isEmpty()) {
                it.remove();
                dropped++;
            }
        }
        return dropped;
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
    }

    private static IllegalStateException gone(long id) {
        return new IllegalStateException("the manager holds no object with id " + id
                + ": every proxy of it was dropped (a proxy sent to another process must be kept until it has arrived)");
    }
}
