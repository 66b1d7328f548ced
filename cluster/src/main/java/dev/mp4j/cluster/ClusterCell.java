package dev.mp4j.cluster;

import dev.mp4j.shared.spi.Cell;
import java.io.Serial;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteAtomicLong;

/**
 * The cluster context's {@link dev.mp4j.shared.Value}: an {@link IgniteAtomicLong} (one
 * backup), whose operations are atomic in the cluster. Types of 4 bytes or less keep their
 * bits as a sign-extended int and wrap at 32 bits, as the other contexts' cells do; the
 * Value's lock is a cluster RLock.
 */
final class ClusterCell extends ClusterHandle implements Cell {

    @Serial
    private static final long serialVersionUID = 1L;

    private final boolean narrow;
    private transient IgniteAtomicLong bits;

    ClusterCell(Ignite ignite, int size) {
        super(ignite, "value");
        this.narrow = size <= 4;
        bits();
    }

    private IgniteAtomicLong bits() {
        if (bits == null) {
            bits = counter("bits");
        }
        return bits;
    }

    @Override
    public long load() {
        return deaf(() -> bits().get());
    }

    @Override
    public void store(long value) {
        deafRun(() -> bits().getAndSet(narrow ? (int) value : value));
    }

    @Override
    public boolean compareAndSet(long expected, long value) {
        return deaf(() -> narrow ? bits().compareAndSet((int) expected, (int) value) : bits().compareAndSet(expected, value));
    }

    @Override
    public long getAndAdd(long delta) {
        if (!narrow) {
            return deaf(() -> bits().getAndAdd(delta));
        }
        return deaf(() -> {
            while (true) {
                long v = bits().get();
                if (bits().compareAndSet(v, (int) (v + delta))) {
                    return v;
                }
            }
        });
    }
}
