package dev.mp4j.cluster;

import dev.mp4j.shared.spi.CellArray;
import java.io.Serial;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.cache.processor.MutableEntry;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteCache;
import org.apache.ignite.cache.CacheAtomicityMode;
import org.apache.ignite.cache.CacheEntryProcessor;
import org.apache.ignite.cache.CacheWriteSynchronizationMode;
import org.apache.ignite.configuration.CacheConfiguration;

/**
 * The cluster context's {@link dev.mp4j.shared.Array} elements: entries of one atomic,
 * partitioned cache that every array of the cluster shares, keyed by the array's id and the
 * index, with one backup written before each write returns and reads from the primary, so
 * every access of one element is linearizable. An element never written has no entry and
 * reads as zero, so a new array costs no write. A compare-and-set and an add run as entry
 * processors on the element's primary node: one round trip, atomic there. A range is one
 * {@code getAll} or {@code putAll}.
 */
final class ClusterCellArray extends ClusterHandle implements CellArray {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String CACHE = "mp4j-arrays";

    private final int shift;
    private final long base;
    private transient IgniteCache<Long, Long> cache;

    ClusterCellArray(Ignite ignite, int size, int length) {
        super(ignite, "array");
        this.shift = 64 - 8 * size;
        this.base = deaf(() -> ignite.atomicSequence(CACHE + ".ids", 0, true).incrementAndGet()) << 31;
        made(ClusterStructures.Kind.ARRAY, base + ":" + length, this::cache);
    }

    private IgniteCache<Long, Long> cache() {
        if (cache == null) {
            cache = deaf(() -> ignite().getOrCreateCache(new CacheConfiguration<Long, Long>(CACHE)
                    .setAtomicityMode(CacheAtomicityMode.ATOMIC)
                    .setBackups(1)
                    .setWriteSynchronizationMode(CacheWriteSynchronizationMode.FULL_SYNC)
                    .setReadFromBackup(false)));
        }
        return cache;
    }

    private long key(int index) {
        return base | index;
    }

    /** Bits as the element's width keeps them: sign-extended from it. */
    private static long narrow(long bits, int shift) {
        return bits << shift >> shift;
    }

    @Override
    public long load(int index) {
        Long bits = deaf(() -> cache().get(key(index)));
        return bits == null ? 0 : bits;
    }

    @Override
    public void store(int index, long bits) {
        deafRun(() -> cache().put(key(index), narrow(bits, shift)));
    }

    @Override
    public boolean compareAndSet(int index, long expected, long bits) {
        return deaf(() -> cache().invoke(key(index), new CompareAndSet(shift, expected, bits)));
    }

    @Override
    public long getAndAdd(int index, long delta) {
        return deaf(() -> cache().invoke(key(index), new GetAndAdd(shift, delta)));
    }

    @Override
    public long[] loadRange(int from, int count) {
        Set<Long> keys = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            keys.add(key(from + i));
        }
        Map<Long, Long> found = deaf(() -> cache().getAll(keys));
        long[] bits = new long[count];
        for (int i = 0; i < count; i++) {
            bits[i] = found.getOrDefault(key(from + i), 0L);
        }
        return bits;
    }

    @Override
    public void storeRange(int from, long[] bits) {
        Map<Long, Long> entries = new TreeMap<>();
        for (int i = 0; i < bits.length; i++) {
            entries.put(key(from + i), narrow(bits[i], shift));
        }
        deafRun(() -> cache().putAll(entries));
    }

    private static long bitsOf(MutableEntry<Long, Long> e) {
        return e.exists() ? e.getValue() : 0;
    }

    /**
     * Sets the element if its bits, in its width, are the expected ones. A class, not a
     * record: Ignite's marshaller sets fields through {@code Unsafe}, which records refuse.
     */
    private static final class CompareAndSet implements CacheEntryProcessor<Long, Long, Boolean> {
        @Serial
        private static final long serialVersionUID = 1L;

        private final int shift;
        private final long expected;
        private final long bits;

        CompareAndSet(int shift, long expected, long bits) {
            this.shift = shift;
            this.expected = expected;
            this.bits = bits;
        }

        @Override
        public Boolean process(MutableEntry<Long, Long> e, Object... args) {
            if (bitsOf(e) != narrow(expected, shift)) {
                return false;
            }
            e.setValue(narrow(bits, shift));
            return true;
        }
    }

    /** Adds to the element, wrapping at its width; answers the previous bits. */
    private static final class GetAndAdd implements CacheEntryProcessor<Long, Long, Long> {
        @Serial
        private static final long serialVersionUID = 1L;

        private final int shift;
        private final long delta;

        GetAndAdd(int shift, long delta) {
            this.shift = shift;
            this.delta = delta;
        }

        @Override
        public Long process(MutableEntry<Long, Long> e, Object... args) {
            long old = bitsOf(e);
            e.setValue(narrow(old + delta, shift));
            return old;
        }
    }
}
