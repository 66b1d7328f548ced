package dev.mp4j.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A cluster on this machine, to try the cluster context on one machine and to test with:
 * {@code servers} server nodes in JVMs of their own on loopback (each a {@link ClusterNode}
 * with this JVM's class path and {@link IgniteJvm#options()}), and this JVM joined as a
 * client, whose {@link #client()} gives the context.
 *
 * <pre>{@code
 * try (LoopbackCluster cluster = new LoopbackCluster(3);
 *      Pool pool = new Pool(cluster.client().context())) {
 *     pool.map(x -> x * x, numbers);                 // on the three nodes
 * }
 * }</pre>
 *
 * The nodes end when their standard input does, so they die with this JVM however it ends;
 * their temporary files live in one directory, deleted at {@link #close()} (a SIGKILLed
 * node's too). This JVM needs {@link IgniteJvm#options()} itself, as every node does.
 */
public final class LoopbackCluster implements AutoCloseable {

    private static LoopbackCluster shared;

    private final List<java.lang.Process> nodes = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();
    private final Path tmp;
    private final ClusterContext client;

    /**
     * A cluster of three server nodes for everything in this JVM that asks (the contract
     * suites share it), started at the first call; it stops when this JVM exits.
     */
    public static synchronized LoopbackCluster shared() {
        if (shared == null) {
            LoopbackCluster cluster = new LoopbackCluster(3);
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "mp4j-test-cluster-stop"));
            shared = cluster;
        }
        return shared;
    }

    /** Starts {@code servers} server nodes and joins them; returns once all of them have. */
    public LoopbackCluster(int servers) {
        try {
            tmp = Files.createTempDirectory("mp4j-cluster-");
            for (int i = 0; i < servers; i++) {
                addresses.add("127.0.0.1:" + NodeConfig.freePort("127.0.0.1"));
            }
            for (String address : addresses) {
                nodes.add(launch(address));
            }
            for (java.lang.Process node : nodes) {
                awaitReady(node);
            }
            client = ClusterContext.join(addresses.toArray(String[]::new));
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    private java.lang.Process launch(String address) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Djava.io.tmpdir=" + tmp);
        command.addAll(IgniteJvm.options());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ClusterNode.class.getName());
        command.add("--until-stdin-closes");
        command.add("--port");
        command.add(address.substring(address.indexOf(':') + 1));
        command.addAll(addresses);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Reads the node's stdout until its ready line; the rest of its stdout is drained in the background. */
    private static void awaitReady(java.lang.Process node) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("mp4j cluster node ready at ")) {
                // What the node prints later (a task's output) goes to this JVM's stdout.
                Thread.ofPlatform().daemon().start(() -> out.lines().forEach(System.out::println));
                return;
            }
            System.out.println(line);
        }
        throw new IllegalStateException("a cluster node exited with code " + waitFor(node) + " before it was ready");
    }

    private static int waitFor(java.lang.Process node) {
        try {
            return node.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The discovery addresses ({@code 127.0.0.1:port}) of the server nodes, for {@link ClusterContext#join}. */
    public List<String> addresses() {
        return List.copyOf(addresses);
    }

    /** This JVM's client node, whose context runs work on the servers. */
    public ClusterContext client() {
        return client;
    }

    /** The pid of server node {@code i}'s JVM. */
    public long pid(int i) {
        return nodes.get(i).pid();
    }

    /** The index of the server node whose JVM has {@code pid}. */
    public int indexOf(long pid) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).pid() == pid) {
                return i;
            }
        }
        throw new IllegalArgumentException("no server node has pid " + pid);
    }

    /** SIGKILLs server node {@code i} and waits for its end (a node lost, for tests and demonstrations). */
    public void kill(int i) {
        nodes.get(i).destroyForcibly();
        waitFor(nodes.get(i));
    }

    /** Leaves the cluster and stops its nodes, then deletes their files. */
    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        for (java.lang.Process node : nodes) {
            try {
                node.getOutputStream().close(); // its stdin ends: it stops its node and exits
            } catch (IOException e) {
                // Already gone.
            }
        }
        for (java.lang.Process node : nodes) {
            try {
                if (!node.waitFor(30, TimeUnit.SECONDS)) {
                    node.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                node.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (tmp != null) {
            try (Stream<Path> paths = Files.walk(tmp)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // Best effort.
            }
        }
    }
}
