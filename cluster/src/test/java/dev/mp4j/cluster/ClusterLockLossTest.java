package dev.mp4j.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.sync.Event;
import dev.mp4j.sync.Lock;
import dev.mp4j.sync.Mutex;
import dev.mp4j.sync.RLock;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server node SIGKILLed while a process on it holds a lock: Ignite frees the lock, the
 * next acquirer gets it and learns that its owner died, as in the spawn context.
 */
@Timeout(180)
class ClusterLockLossTest {

    @Test
    void aLockHeldByAKilledNodeGoesToTheNextAcquirerWhoSeesTheOwnerDied() {
        // A cluster each: a second kill soon after the first may find the backups of the first's data not yet rebuilt.
        for (Function<Context, Mutex> kind : java.util.List.<Function<Context, Mutex>>of(Lock::new, RLock::new)) {
            try (LoopbackCluster cluster = new LoopbackCluster(3)) {
                Context ctx = cluster.client().context();
                check(cluster, ctx, kind.apply(ctx));
            }
        }
    }

    private static void check(LoopbackCluster cluster, Context ctx, Mutex lock) {
        Event held = new Event(ctx);
        Process holder = new Process(ctx, () -> {
            lock.acquire();
            held.set();
            Thread.sleep(Duration.ofMinutes(3));
        });
        holder.start();
        assertTrue(held.await(Duration.ofSeconds(60)), "the process took the lock");
        assertFalse(lock.acquire(Duration.ZERO), "the lock is held");
        long node = holder.pid();
        cluster.kill(cluster.indexOf(node));

        assertTrue(lock.acquire(Duration.ofSeconds(60)), "the lock of the dead node came free");
        assertTrue(lock.ownerDied(), "the new holder learns that the owner died");
        assertFalse(lock.isConsistent());
        assertEquals(node, lock.deadHolderPid().orElseThrow());
        lock.markConsistent();
        assertTrue(lock.isConsistent());
        lock.release();
        holder.join();
        assertEquals(-9, holder.exitCode(), "a process whose node died ends as killed");
    }
}
