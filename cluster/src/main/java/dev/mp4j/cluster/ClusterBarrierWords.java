package dev.mp4j.cluster;

import dev.mp4j.sync.spi.BarrierWords;
import java.io.Serial;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteAtomicLong;

/**
 * The cluster context's {@link dev.mp4j.sync.Barrier} state: two atomics of the cluster,
 * read and written under the barrier's Lock. A party whose node leaves while it waits is
 * not watched for (the spawn barrier notices dead parties): the others wait for it until
 * their timeout, as CPython's do.
 */
final class ClusterBarrierWords extends ClusterHandle implements BarrierWords {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient IgniteAtomicLong state;
    private transient IgniteAtomicLong count;

    ClusterBarrierWords(Ignite ignite) {
        super(ignite, "barrier");
        words();
    }

    private void words() {
        if (state == null) {
            state = counter("state");
            count = counter("count");
        }
    }

    @Override
    public int state() {
        words();
        return deaf(() -> (int) state.get());
    }

    @Override
    public void state(int s) {
        words();
        deafRun(() -> state.getAndSet(s));
    }

    @Override
    public int count() {
        words();
        return deaf(() -> (int) count.get());
    }

    @Override
    public void count(int c) {
        words();
        deafRun(() -> count.getAndSet(c));
    }



}
