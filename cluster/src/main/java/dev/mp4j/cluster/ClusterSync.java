package dev.mp4j.cluster;

import dev.mp4j.sync.spi.BarrierWords;
import dev.mp4j.sync.spi.EventBacking;
import dev.mp4j.sync.spi.LockBacking;
import dev.mp4j.sync.spi.SemaphoreBacking;
import dev.mp4j.sync.spi.SyncEngine;
import org.apache.ignite.Ignite;

/**
 * The sync primitives of a cluster context, on Ignite's structures:
 *
 * <table>
 *   <caption>Each primitive, and what backs it</caption>
 *   <tr><th>mp4j</th><th>Ignite</th><th>where Python's semantics differ from Ignite's</th></tr>
 *   <tr><td>Lock</td><td>{@code IgniteSemaphore} of 1, failover-safe</td><td>Ignite's lock is re-entrant and owner-bound; Python's Lock is neither</td></tr>
 *   <tr><td>RLock</td><td>{@code IgniteLock}, failover-safe, not fair</td><td>none</td></tr>
 *   <tr><td>Semaphore, BoundedSemaphore</td><td>{@code IgniteSemaphore}, failover-safe</td><td>no bound in Ignite: a BoundedSemaphore's releases take turns under a lock of their own, each checking the bound</td></tr>
 *   <tr><td>Event</td><td>{@code IgniteAtomicLong} flag, an {@code IgniteLock} condition</td><td>Ignite has none</td></tr>
 *   <tr><td>Condition</td><td>a condition of an inner {@code IgniteLock}</td><td>Ignite's conditions belong to its own locks only</td></tr>
 *   <tr><td>Barrier</td><td>two {@code IgniteAtomicLong}s under the barrier's Lock</td><td>Ignite's {@code IgniteCountDownLatch} has no rounds</td></tr>
 * </table>
 *
 * Failover-safe: what a node that left held is freed, and a lock's next holder sees
 * {@code ownerDied()}.
 */
final class ClusterSync implements SyncEngine {

    private final Ignite ignite;

    ClusterSync(Ignite ignite) {
        this.ignite = ignite;
    }

    @Override
    public LockBacking lock() {
        return new ClusterLock(ignite);
    }

    @Override
    public LockBacking rlock() {
        return new ClusterRLock(ignite);
    }

    @Override
    public SemaphoreBacking semaphore(int value, int bound) {
        return new ClusterSemaphore(ignite, value, bound);
    }

    @Override
    public EventBacking event() {
        return new ClusterEvent(ignite);
    }

    @Override
    public BarrierWords barrier(int parties) {
        return new ClusterBarrierWords(ignite);
    }
}
