package dev.mp4j.managers;

import java.io.Serial;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The object behind a spawn manager's {@code dict()}: an insertion-ordered map, as Python's dict. */
final class ManagedDict<K, V> extends LinkedHashMap<K, V> implements DictOps<K, V> {

    @Serial
    private static final long serialVersionUID = 1L;

    ManagedDict(Map<? extends K, ? extends V> initial) {
        super(initial);
    }

    @Override
    public List<Map.Entry<K, V>> items() {
        List<Map.Entry<K, V>> items = new ArrayList<>(size());
        forEach((k, v) -> items.add(new AbstractMap.SimpleImmutableEntry<>(k, v)));
        return items;
    }
}
