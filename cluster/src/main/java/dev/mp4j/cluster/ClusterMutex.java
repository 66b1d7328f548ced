package dev.mp4j.cluster;

import dev.mp4j.sync.spi.LockBacking;
import java.io.Serial;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteAtomicLong;
import org.apache.ignite.IgniteAtomicReference;

/**
 * What a cluster Lock and RLock share: the acquire in its three forms over an Ignite
 * structure that frees itself when its holder's node leaves (Ignite's failover-safe mode),
 * a count of the waiters, and the dead holder's mark. Ignite frees the lock but does not say
 * so; the holder recorded at each acquire does: the next acquirer that finds a holder whose
 * node has left gets {@link #ownerDied()} for that hold, and the lock stays inconsistent
 * ({@link #deadHolder()}, the dead node's pid) until {@link #markConsistent()}, as a spawn
 * lock whose holder JVM died.
 */
abstract class ClusterMutex extends ClusterHandle implements LockBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient volatile boolean ownerDied;
    private transient IgniteAtomicReference<String> holder;
    private transient IgniteAtomicLong dead;

    ClusterMutex(Ignite ignite, String kind) {
        super(ignite, kind);
    }

    /** Takes it if free, without blocking. */
    abstract boolean tryTake();

    /** Takes it, blocking; {@code nanos < 0}: without a limit. Ignite's interrupt escapes. */
    abstract boolean take(long nanos);

    /** Takes it, blocking and deaf to interrupts. */
    abstract void takeUninterruptibly();

    /** Whether the calling thread already holds it (an RLock's re-entry), so no new holder is recorded. */
    abstract boolean reentry();

    @Override
    public final boolean acquire(long nanos) throws InterruptedException {
        boolean reentry = deaf(this::reentry);
        boolean got = await(() -> deaf(this::tryTake), nanos, () -> {
            IgniteAtomicLong w = waiters();
            w.incrementAndGet();
            try {
                return take(nanos);
            } finally {
                w.decrementAndGet();
            }
        });
        if (got && !reentry) {
            deafRun(this::taken);
        }
        return got;
    }

    /** A new hold: a holder that died is seen, and this caller recorded. */
    final void taken() {
        long pid = deadPid(holder().get());
        ownerDied = pid != 0;
        if (pid != 0) {
            dead().getAndSet(pid); // the latest dead holder, as the spawn lock keeps
        }
        holder().set(caller());
    }

    /** The last level is released: nobody holds it. */
    final void untaken() {
        ownerDied = false;
        holder().set(null);
    }

    final boolean heldByCallerRecord() {
        return caller().equals(holder().get());
    }

    @Override
    public final int waiterCount() {
        return deaf(() -> (int) waiters().get());
    }

    @Override
    public final boolean ownerDied() {
        return ownerDied;
    }

    @Override
    public final int deadHolder() {
        return deaf(() -> (int) dead().get());
    }

    @Override
    public final void markConsistent() {
        deafRun(() -> dead().getAndSet(0));
    }

    @Override
    public final void restore(int depth) {
        deafRun(() -> {
            for (int i = 0; i < depth; i++) {
                takeUninterruptibly();
            }
            taken();
        });
    }

    private IgniteAtomicReference<String> holder() {
        if (holder == null) {
            holder = made(ClusterStructures.Kind.ATOMIC_REFERENCE, name + ".holder", () -> ignite().atomicReference(name + ".holder", (String) null, true));
        }
        return holder;
    }

    private IgniteAtomicLong dead() {
        if (dead == null) {
            dead = counter("dead");
        }
        return dead;
    }

}
