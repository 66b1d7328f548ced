package dev.mp4j.managers;

import java.util.HashMap;
import java.util.Map;

/**
 * The objects a server holds, each with the number of proxies that hold it (Python's
 * {@code id_to_obj} and {@code id_to_refcount}): an object is dropped when its count falls to
 * zero. Thread-safe: the server's connections are served by threads of their own.
 */
final class ObjectTable {

    /** An object, what it was registered as, and its reference count. */
    static final class Entry {
        private final Object object;
        private final Registration registration;
        private int refs = 1;

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

    /** Adds {@code object} with one reference, its creator's; returns its id. */
    synchronized long add(Object object, Registration registration) {
        long id = nextId++;
        entries.put(id, new Entry(object, registration));
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

    synchronized void incref(long id) {
        get(id).refs++;
    }

    /** Drops one reference; the object goes with the last. */
    synchronized void decref(long id) {
        Entry e = get(id);
        if (--e.refs == 0) {
            entries.remove(id);
        }
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
