package dev.mp4j.cluster;

import dev.mp4j.core.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.ignite.Ignite;
import org.apache.ignite.Ignition;

/**
 * A node of an Apache Ignite cluster and the mp4j {@link Context} whose work runs there:
 * Ray's {@code ray.util.multiprocessing.Pool}, for the JVM.
 *
 * <pre>{@code
 * try (ClusterContext cluster = ClusterContext.join("10.0.0.5:47500", "10.0.0.6:47500");
 *      Pool pool = new Pool(cluster.context())) {           // as many workers as the nodes have CPUs
 *     List<Integer> squares = pool.map(x -> x * x, List.of(1, 2, 3));
 * }
 * }</pre>
 *
 * <p><b>Nodes.</b> {@link #join} starts a <em>client</em> node in this JVM: it sends tasks and
 * runs none. {@link #embedded} starts a <em>server</em> node in this JVM, which runs tasks
 * too: alone it is a one-machine cluster (for tests and small runs), with peers it joins
 * theirs. {@link #of(Ignite)} wraps a node the application started itself. Server nodes are
 * started with {@link ClusterNode}'s main on each machine. Every node needs the
 * application's class path (tasks travel serialized, as to a spawn child) and, on JDK 25,
 * the options of {@link IgniteJvm#options()}.
 *
 * <p><b>What runs on the cluster</b> in this version: a {@link dev.mp4j.core.Process} and a
 * {@link dev.mp4j.pool.Pool} (and its {@link dev.mp4j.pool.ProcessPoolExecutor}) of
 * {@link #context()}, with their whole API. Jobs go to the server nodes with the fewest of
 * this JVM's jobs per CPU; a node that leaves fails only the tasks it ran, with
 * {@link dev.mp4j.pool.WorkerLostError} naming it (Ignite's failover is off: no task runs
 * twice, as in a spawn pool); the initializer runs once per pool on each node. A process's
 * pid is its node JVM's; terminate and kill interrupt it where it runs (exit codes -15 and
 * -9). The context travels in a task as a reference that each node resolves to its own view
 * of the cluster. The sync primitives ({@code Lock}, {@code RLock}, {@code Semaphore},
 * {@code BoundedSemaphore}, {@code Event}, {@code Condition}, {@code Barrier}) live on
 * Ignite's structures (see {@code ClusterSync} for each mapping); a lock whose holder's node
 * leaves is freed, and its next holder sees {@code ownerDied()}. The queues are Ignite
 * queues of items serialized by mp4j ({@code ClusterQueue}); a Value is an Ignite atomic
 * long, an Array's elements are entries of an Ignite cache ({@code ClusterCellArray}), and
 * each direction of a Pipe is an Ignite queue whose ends count their holders cluster-wide
 * ({@code ClusterPipeEnd}). A {@code SharedMemory} block is one machine's, as in Python:
 * nodes on its machine attach to it, a node elsewhere fails saying so.
 *
 * <p>{@link #close()} stops the node this object started, and deletes its work directory.
 */
public final class ClusterContext implements AutoCloseable {

    private final Ignite ignite;
    private final Path workDir;
    private final IgniteEngine engine;
    private final Context context;

    private ClusterContext(Ignite ignite, Path workDir) {
        this.ignite = ignite;
        this.workDir = workDir;
        this.engine = IgniteEngine.of(ignite);
        this.context = Context.of(engine);
    }

    /**
     * A client node in this JVM, in the cluster whose server nodes listen for discovery at
     * {@code peers} ({@code host:port}, or {@code host:from..to}).
     *
     * @throws IllegalArgumentException if no peer is given
     */
    public static ClusterContext join(String... peers) {
        List<String> list = List.of(peers);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("join a cluster at the host:port of at least one of its server nodes");
        }
        return start(true, 0, list);
    }

    /** A one-node cluster in this JVM on loopback: its server node runs the tasks. */
    public static ClusterContext embedded() {
        return start(false, 0, List.of());
    }

    /**
     * A server node in this JVM, listening for discovery at {@code port} (0: a free one), in
     * the cluster of {@code peers} ({@code host:port}; none: a new cluster).
     */
    public static ClusterContext embedded(int port, String... peers) {
        return start(false, port, List.of(peers));
    }

    /** The cluster of a node the application started and stops itself. */
    public static ClusterContext of(Ignite ignite) {
        return new ClusterContext(Objects.requireNonNull(ignite, "ignite"), null);
    }

    private static ClusterContext start(boolean client, int port, List<String> peers) {
        IgniteJvm.check();
        Path workDir;
        try {
            workDir = Files.createTempDirectory("mp4j-ignite-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a work directory for a cluster node", e);
        }
        try {
            Ignite ignite = Ignition.start(NodeConfig.of(client, NodeConfig.hostFor(peers), port, peers, workDir));
            return new ClusterContext(ignite, workDir);
        } catch (RuntimeException e) {
            delete(workDir);
            throw new IllegalStateException("cannot start a cluster node" + (peers.isEmpty() ? "" : " joining " + peers)
                    + ": " + e.getMessage(), e);
        }
    }

    /** The context whose Pool runs its tasks on this cluster's server nodes. */
    public Context context() {
        return context;
    }

    /** The number of server nodes, which run tasks, in the cluster now. */
    public int servers() {
        return ignite.cluster().forServers().nodes().size();
    }

    /** The Ignite node underneath, for what mp4j does not cover. */
    public Ignite ignite() {
        return ignite;
    }

    /** The discovery address ({@code host:port}) at which other nodes join this one's cluster. */
    public String address() {
        var spi = (org.apache.ignite.spi.discovery.tcp.TcpDiscoverySpi) ignite.configuration().getDiscoverySpi();
        String host = spi.getLocalAddress() == null ? "127.0.0.1" : spi.getLocalAddress();
        return host + ":" + spi.getLocalPort();
    }

    /**
     * Removes the structures of the primitives that this JVM made, stops the node this object
     * started (not one given to {@link #of(Ignite)}, whose primitives go when its node leaves)
     * and deletes its work directory. Primitives this JVM made fail from then on, everywhere,
     * as a spawn primitive's do once its creator has exited.
     */
    @Override
    public void close() {
        if (workDir != null) {
            try {
                ClusterStructures.removeMadeBy(ignite, ignite.cluster().localNode().id().toString());
            } catch (RuntimeException e) {
                // The cluster is gone already: its structures went with it.
            }
            engine.close();
            ignite.close();
            delete(workDir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a temporary directory.
        }
    }

    @Override
    public String toString() {
        return context.toString();
    }
}
