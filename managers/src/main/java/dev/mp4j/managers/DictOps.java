package dev.mp4j.managers;

import java.util.List;
import java.util.Map;

/** What a {@link DictProxy} calls in the server: the {@code Map}, and a snapshot of its entries in one round trip. */
interface DictOps<K, V> extends Map<K, V> {

    /** A copy of the entries, in order (Python's {@code items()}). */
    List<Map.Entry<K, V>> items();
}
