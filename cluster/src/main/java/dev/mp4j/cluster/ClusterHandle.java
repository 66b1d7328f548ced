package dev.mp4j.cluster;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteAtomicLong;
import org.apache.ignite.IgniteInterruptedException;
import org.apache.ignite.Ignition;

/**
 * What a primitive of the cluster context is, wherever it travels: the id of its cluster and
 * the name of its Ignite structures. Each JVM it reaches finds its own node of that cluster
 * again; one that is not a node of it fails, saying so. The structures stay in the cluster
 * (one backup each) until their maker's node closes or leaves ({@link ClusterStructures}).
 */
abstract class ClusterHandle implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID clusterId;
    final String name;
    /** The node of the JVM that made the primitive: its structures go with it (see {@link ClusterStructures}). */
    private final String maker;
    private transient Ignite ignite;
    private transient IgniteAtomicLong waiters;

    ClusterHandle(Ignite ignite, String kind) {
        this.ignite = ignite;
        this.clusterId = ignite.cluster().id();
        this.name = "mp4j-" + kind + "-" + UUID.randomUUID();
        this.maker = ignite.cluster().localNode().id().toString();
    }

    /** A handle to the structures of {@code sibling}, as the two ends of one pipe share theirs. */
    ClusterHandle(ClusterHandle sibling) {
        this.ignite = sibling.ignite();
        this.clusterId = sibling.clusterId;
        this.name = sibling.name;
        this.maker = sibling.maker;
    }

    /** The node of this JVM in the primitive's cluster. */
    final Ignite ignite() {
        Ignite i = ignite;
        if (i == null) {
            for (Ignite candidate : Ignition.allGrids()) {
                if (candidate.cluster().id().equals(clusterId)) {
                    i = candidate;
                    break;
                }
            }
            if (i == null) {
                throw new IllegalStateException("a primitive of a cluster context reached a JVM that is not a node of"
                        + " its cluster (" + clusterId + ")");
            }
            ignite = i;
        }
        return i;
    }

    /** The threads, cluster-wide, blocked in this primitive now or about to block. */
    final IgniteAtomicLong waiters() {
        if (waiters == null) {
            waiters = counter("waiters");
        }
        return waiters;
    }

    /** A counter of this primitive's, shared by the cluster. */
    final IgniteAtomicLong counter(String suffix) {
        return made(ClusterStructures.Kind.ATOMIC_LONG, name + "." + suffix,
                () -> ignite().atomicLong(name + "." + suffix, 0, true));
    }

    /**
     * Gets or makes the structure {@code fullName} of this primitive, deaf to the interrupt,
     * and records it as made by the primitive's maker, so that it goes with it.
     */
    final <T> T made(ClusterStructures.Kind kind, String fullName, Supplier<T> getOrCreate) {
        return deaf(() -> {
            T structure = getOrCreate.get();
            ClusterStructures.made(ignite(), maker, kind, fullName);
            return structure;
        });
    }

    /**
     * Runs an Ignite call deaf to the caller's interrupt, keeping the flag: Ignite throws at
     * an interrupted thread even where nothing blocks (a read of an atomic), and Python's
     * primitives only throw where they wait.
     */
    static <T> T deaf(Supplier<T> call) {
        boolean interrupted = Thread.interrupted();
        try {
            return call.get();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * {@link #deaf(Supplier)} for a read, which can run again: an interrupt that arrives
     * while Ignite waits for it is kept as the flag, not thrown, and the read runs again; so
     * does a read that met a node leaving the cluster (right after a node's loss a scan may
     * still meet it, for a few seconds). For the looks of a wait loop, whose own sleep is
     * where the interrupt belongs.
     */
    static <T> T read(Supplier<T> call) {
        boolean interrupted = false;
        long settled = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            while (true) {
                try {
                    return deaf(call);
                } catch (RuntimeException e) {
                    if (isInterruption(e)) {
                        Thread.interrupted();
                        interrupted = true;
                    } else if (topologyChanging(e) && System.nanoTime() < settled) {
                        interrupted |= pause();
                    } else {
                        throw e;
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sleeps 100 ms, deaf to the interrupt; whether one came. */
    private static boolean pause() {
        try {
            Thread.sleep(100);
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }

    /** Whether Ignite threw {@code e} because a node left while it waited for it. */
    static boolean topologyChanging(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.ignite.cluster.ClusterTopologyException
                    || t instanceof org.apache.ignite.internal.cluster.ClusterTopologyCheckedException) {
                return true;
            }
        }
        return false;
    }

    /** Whether Ignite threw {@code e} because the thread was interrupted while it waited. */
    static boolean isInterruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IgniteInterruptedException || t instanceof InterruptedException
                    || t instanceof org.apache.ignite.internal.IgniteInterruptedCheckedException) {
                return true;
            }
        }
        return false;
    }

    /** {@link #deaf(Supplier)} for a call without a result. */
    static void deafRun(Runnable call) {
        deaf(() -> {
            call.run();
            return null;
        });
    }

    /**
     * The wait of {@code attempt}, as the primitives wait: a free one is taken even by an
     * interrupted thread, which keeps its flag ({@code tryOnce}); with none free, a zero
     * timeout gives false, an interrupted thread an {@link InterruptedException}, and the
     * others block in {@code block}, where Ignite's interrupt becomes Java's.
     */
    static boolean await(java.util.function.BooleanSupplier tryOnce, long nanos, Blocking block)
            throws InterruptedException {
        boolean interrupted = Thread.interrupted();
        try {
            if (tryOnce.getAsBoolean()) {
                return true;
            }
            if (nanos == 0) {
                return false;
            }
            if (interrupted) {
                interrupted = false;
                throw new InterruptedException("interrupted before waiting on a cluster primitive");
            }
            try {
                return block.block();
            } catch (IgniteInterruptedException e) {
                throw interrupted(e);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A wait that may block, Ignite's interrupt escaping it. */
    @FunctionalInterface
    interface Blocking {
        boolean block() throws InterruptedException;
    }

    /**
     * Ignite's interrupt as Java's: the flag cleared, an {@link InterruptedException}. An
     * exception that is not an interruption ({@link #isInterruption}) is rethrown as itself.
     */
    static InterruptedException interrupted(RuntimeException e) {
        if (!isInterruption(e)) {
            throw e;
        }
        Thread.interrupted();
        InterruptedException ie = new InterruptedException("interrupted while waiting on a cluster primitive");
        ie.initCause(e);
        return ie;
    }

    /** Who the calling thread is, cluster-wide: its node, its JVM's pid, and itself. */
    final String caller() {
        return ignite().cluster().localNode().id() + "/" + ProcessHandle.current().pid() + "/" + Thread.currentThread().threadId();
    }

    /** The pid in a {@link #caller()} string whose node has left the cluster; 0 if it is still in or unknown. */
    final long deadPid(String holder) {
        if (holder == null) {
            return 0;
        }
        String[] parts = holder.split("/");
        if (ignite().cluster().node(UUID.fromString(parts[0])) != null) {
            return 0;
        }
        return Long.parseLong(parts[1]);
    }
}
