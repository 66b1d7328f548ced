package dev.mp4j.cluster;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteCache;
import org.apache.ignite.IgniteException;
import org.apache.ignite.cache.CacheAtomicityMode;
import org.apache.ignite.cache.CacheWriteSynchronizationMode;
import org.apache.ignite.configuration.CacheConfiguration;

/**
 * Which JVM made each Ignite structure of mp4j's primitives, so that the structures go with
 * their maker, as a spawn primitive's files go with the process that created them: a
 * registry in the cluster (an atomic cache, one backup) maps each structure's name to its
 * kind and its maker's node. A node that {@link ClusterContext#close() closes} removes what
 * it made; when a node leaves the cluster any other way (a crash, a SIGKILL, a cut), the
 * oldest server node removes what it made. A primitive whose structures are gone fails on its
 * next use with Ignite's error that it was removed; a maker that leaves takes its primitives
 * with it, as a spawn creator's exit does.
 */
final class ClusterStructures {

    static final String CACHE = "mp4j-structures";

    /** What an entry of the registry names. */
    enum Kind { ATOMIC_LONG, ATOMIC_REFERENCE, LOCK, SEMAPHORE, QUEUE, SET, ARRAY }

    /** A structure in the registry: its kind and its name (for an array, {@code base:length}). */
    record Made(Kind kind, String name) {}

    /**
     * The structures this JVM recorded already (its cluster's id and the name), so that each
     * copy of a primitive that reaches it (a task's, say) costs no write; bounded, as one
     * forgotten costs only a write that finds the record there.
     */
    private static final Cache<String, Boolean> RECORDED = CacheBuilder.newBuilder().maximumSize(100_000).build();

    private ClusterStructures() {}

    private static IgniteCache<String, String> registry(Ignite ignite) {
        IgniteCache<String, String> cache = ignite.cache(CACHE);
        return cache != null ? cache : ignite.getOrCreateCache(new CacheConfiguration<String, String>(CACHE)
                .setAtomicityMode(CacheAtomicityMode.ATOMIC)
                .setBackups(1)
                .setWriteSynchronizationMode(CacheWriteSynchronizationMode.FULL_SYNC));
    }

    /** Records that node {@code maker} made the structure {@code name} (for an array, {@code base:length}). */
    static void made(Ignite ignite, String maker, Kind kind, String name) {
        if (RECORDED.asMap().putIfAbsent(ignite.cluster().id() + "/" + name, Boolean.TRUE) == null) {
            registry(ignite).putIfAbsent(name, kind + "|" + maker);
        }
    }

    /** The structures that node {@code maker} made and that are still recorded. */
    static List<Made> madeBy(Ignite ignite, String maker) {
        List<Made> made = new ArrayList<>();
        for (javax.cache.Cache.Entry<String, String> e : registry(ignite)) {
            String record = e.getValue();
            int bar = record.indexOf('|');
            if (record.substring(bar + 1).equals(maker)) {
                made.add(new Made(Kind.valueOf(record.substring(0, bar)), e.getKey()));
            }
        }
        return made;
    }

    /** Removes every structure that node {@code maker} made; how many it removed. */
    static int removeMadeBy(Ignite ignite, String maker) {
        IgniteCache<String, String> registry = registry(ignite);
        int removed = 0;
        for (Made m : madeBy(ignite, maker)) {
            try {
                remove(ignite, m.kind(), m.name());
                removed++;
            } catch (IgniteException | IllegalStateException | javax.cache.CacheException e) {
                if (ClusterHandle.topologyChanging(e)) {
                    throw e; // kept in the registry: the caller tries again once the cluster settles
                }
                // Removed meanwhile, or refused by Ignite: the cluster's stop takes it.
            }
            registry.remove(m.name());
        }
        return removed;
    }

    private static void remove(Ignite ignite, Kind kind, String name) {
        if (kind == Kind.ARRAY) {
            IgniteCache<Long, Long> cache = ignite.cache(ClusterCellArray.CACHE);
            if (cache != null) {
                forEachBatch(name, cache::removeAll);
            }
            return;
        }
        AutoCloseable structure = find(ignite, kind, name);
        if (structure != null) {
            try {
                structure.close();
            } catch (Exception e) {
                throw new IgniteException(e);
            }
        }
    }

    /** Whether the structure still exists in the cluster (an array: whether an element of it is written). */
    static boolean exists(Ignite ignite, Kind kind, String name) {
        if (kind != Kind.ARRAY) {
            return find(ignite, kind, name) != null;
        }
        IgniteCache<Long, Long> cache = ignite.cache(ClusterCellArray.CACHE);
        boolean[] any = new boolean[1];
        if (cache != null) {
            forEachBatch(name, keys -> any[0] |= !cache.getAll(keys).isEmpty());
        }
        return any[0];
    }

    /** The structure, without creating it; null if it does not exist. */
    private static AutoCloseable find(Ignite ignite, Kind kind, String name) {
        return switch (kind) {
            case ATOMIC_LONG -> ignite.atomicLong(name, 0, false);
            case ATOMIC_REFERENCE -> ignite.atomicReference(name, (Object) null, false);
            case LOCK -> ignite.reentrantLock(name, true, false, false);
            case SEMAPHORE -> ignite.semaphore(name, 0, true, false);
            case QUEUE -> ignite.queue(name, 0, null);
            case SET -> ignite.set(name, null);
            case ARRAY -> throw new IllegalArgumentException("an array's elements are entries, not a structure");
        };
    }

    /** The element keys of the array {@code base:length}, in sorted batches of at most 10,000. */
    private static void forEachBatch(String array, java.util.function.Consumer<TreeSet<Long>> batch) {
        int colon = array.indexOf(':');
        long base = Long.parseLong(array.substring(0, colon));
        int length = Integer.parseInt(array.substring(colon + 1));
        for (int from = 0; from < length; from += 10_000) {
            TreeSet<Long> keys = new TreeSet<>();
            for (int i = from; i < Math.min(length, from + 10_000); i++) {
                keys.add(base | i);
            }
            batch.accept(keys);
        }
    }
}
