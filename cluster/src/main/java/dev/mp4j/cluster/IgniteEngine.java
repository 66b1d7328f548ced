package dev.mp4j.cluster;

import dev.mp4j.core.ProcessError;
import dev.mp4j.core.internal.Log;
import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.spi.Engine;
import dev.mp4j.core.spi.Job;
import dev.mp4j.core.spi.Submission;
import dev.mp4j.pool.WorkerLostError;
import dev.mp4j.queues.spi.QueueEngine;
import dev.mp4j.shared.spi.SharedEngine;
import dev.mp4j.sync.spi.SyncEngine;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteException;
import org.apache.ignite.cluster.ClusterNode;
import org.apache.ignite.cluster.ClusterTopologyException;
import org.apache.ignite.events.DiscoveryEvent;
import org.apache.ignite.events.EventType;
import org.apache.ignite.lang.IgniteFuture;
import org.apache.ignite.lang.IgniteFutureCancelledException;

/**
 * mp4j's {@link Engine} on Ignite's compute grid. A job goes to the server node with the
 * fewest jobs of this engine per CPU (so a Pool's tasks spread as a spawn pool's spread over
 * its workers) with failover off: a job whose node leaves fails with
 * {@link WorkerLostError} naming that node and never runs again elsewhere, as a spawn
 * pool's task never runs twice. Answers are handled on this engine's own daemon threads,
 * never on Ignite's, so a Pool callback that blocks holds up no node.
 */
final class IgniteEngine implements Engine {

    /** The node attribute in which Ignite publishes its JVM's pid. */
    private static final String ATTR_JVM_PID = "org.apache.ignite.jvm.pid";

    private final Ignite ignite;
    private final ConcurrentHashMap<UUID, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final ExecutorService answers = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("mp4j-cluster-answer-", 1).factory());

    /** One engine per node of this JVM, so that every context of a node is the same context. */
    private static final ConcurrentHashMap<Ignite, IgniteEngine> ENGINES = new ConcurrentHashMap<>();

    private final ClusterSync sync;

    private IgniteEngine(Ignite ignite) {
        this.ignite = ignite;
        this.sync = new ClusterSync(ignite);
        if (!ignite.cluster().localNode().isClient()) {
            ignite.events().localListen(event -> {
                UUID left = ((DiscoveryEvent) event).eventNode().id();
                answers.execute(() -> removeWhatItMade(left));
                return true;
            }, EventType.EVT_NODE_LEFT, EventType.EVT_NODE_FAILED);
        }
    }

    /**
     * A node left: if this is the oldest server node, the structures that node made go with
     * it (a node that closes removed its own already). Off Ignite's discovery thread.
     */
    private void removeWhatItMade(UUID left) {
        // Right after a node left, a scan may still meet it; the cluster settles within seconds.
        for (int attempt = 0; attempt < 40; attempt++) {
            try {
                ClusterNode oldest = ignite.cluster().forServers().forOldest().node();
                if (oldest == null || !oldest.isLocal()) {
                    return;
                }
                int removed = ClusterStructures.removeMadeBy(ignite, left.toString());
                if (removed > 0) {
                    Log.log(null, System.Logger.Level.DEBUG,
                            "removed " + removed + " structures made by node " + left + ", which left the cluster");
                }
                return;
            } catch (IllegalStateException e) {
                return; // this node is stopping: the structures go with the cluster, or with the next oldest
            } catch (RuntimeException e) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }


    static IgniteEngine of(Ignite ignite) {
        return ENGINES.computeIfAbsent(ignite, IgniteEngine::new);
    }

    @Override
    public <F> F family(Class<F> family) {
        if (family == SyncEngine.class) {
            return family.cast(sync);
        }
        if (family == SharedEngine.class) {
            return family.cast(new SharedEngine() {
                @Override
                public ClusterCell cell(int size) {
                    return new ClusterCell(ignite, size);
                }

                @Override
                public ClusterCellArray cells(int size, int length) {
                    return new ClusterCellArray(ignite, size, length);
                }
            });
        }
        if (family == QueueEngine.class) {
            return family.cast(new QueueEngine() {
                @Override
                public ClusterQueue queue(int maxsize, Class<?> type) {
                    return new ClusterQueue(ignite, maxsize, type);
                }

                @Override
                public ClusterPipeEnd[] pipe(boolean duplex) {
                    return ClusterPipeEnd.pipe(ignite, duplex);
                }
            });
        }
        return null;
    }

    @Override
    public Serializable reference() {
        return new EngineRef(ignite.cluster().id());
    }

    Ignite ignite() {
        return ignite;
    }

    private Collection<ClusterNode> servers() {
        return ignite.cluster().forServers().nodes();
    }

    @Override
    public String describe() {
        int n = servers().size();
        return "cluster of " + n + " server node" + (n == 1 ? "" : "s");
    }

    @Override
    public int parallelism() {
        int cpus = 0;
        for (ClusterNode node : servers()) {
            cpus += Math.max(1, node.metrics().getTotalCpus());
        }
        return cpus;
    }

    @Override
    public <T extends Serializable> Submission<T> submit(Job<T> job) {
        byte[] bytes = Serialization.serialize(job, "a job for the cluster");
        ClusterNode node = pick();
        AtomicInteger count = inFlight.computeIfAbsent(node.id(), id -> new AtomicInteger());
        count.incrementAndGet();
        CompletableFuture<T> result = new CompletableFuture<>();
        IgniteFuture<byte[]> future;
        try {
            future = ignite.compute(ignite.cluster().forNode(node)).withNoFailover().callAsync(new IgniteJob(bytes));
        } catch (IgniteException e) {
            count.decrementAndGet();
            throw new ProcessError("cannot send a job to " + name(node) + ": " + e, e);
        }
        future.listenAsync(done -> {
            count.decrementAndGet();
            try {
                @SuppressWarnings("unchecked")
                T value = (T) Serialization.deserialize(done.get(), "the result of a cluster job");
                result.complete(value);
            } catch (IgniteFutureCancelledException e) {
                result.completeExceptionally(new CancellationException("cancelled on " + name(node)));
            } catch (RuntimeException e) {
                result.completeExceptionally(failure(e, node));
            }
        }, answers);
        return new Submission<>() {
            @Override
            public CompletableFuture<T> result() {
                return result;
            }

            @Override
            public String worker() {
                return name(node);
            }

            @Override
            public long pid() {
                Object pid = node.attribute(ATTR_JVM_PID);
                return pid instanceof Number n ? n.longValue() : -1;
            }

            @Override
            public void cancel() {
                try {
                    future.cancel();
                } catch (IgniteException e) {
                    // It ended meanwhile, or its node left: the answer says which.
                }
            }
        };
    }

    /** The server node with the fewest of this engine's jobs per CPU. */
    private ClusterNode pick() {
        return servers().stream()
                .min(Comparator.comparingDouble(n -> (inFlight.computeIfAbsent(n.id(), id -> new AtomicInteger()).get() + 1.0)
                        / Math.max(1, n.metrics().getTotalCpus())))
                .orElseThrow(() -> new ProcessError("the cluster has no server node to run tasks on"));
    }

    /**
     * What failed a job: its node's leaving, as {@link WorkerLostError}; the job's own
     * exception (Ignite wraps it); else Ignite's.
     */
    private Throwable failure(RuntimeException e, ClusterNode node) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClusterTopologyException) {
                return lost(node);
            }
        }
        if (ignite.cluster().node(node.id()) == null) {
            return lost(node);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!t.getClass().getName().startsWith("org.apache.ignite.")) {
                return t;
            }
        }
        return e;
    }

    private static WorkerLostError lost(ClusterNode node) {
        return new WorkerLostError(name(node) + " left the cluster before its task finished");
    }

    static String name(ClusterNode node) {
        return "cluster node " + node.id() + " " + node.addresses();
    }

    /** The node stops: its engine goes with it. */
    void close() {
        ENGINES.remove(ignite, this);
        answers.shutdown();
    }
}
