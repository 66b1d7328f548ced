package dev.mp4j.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.ignite.configuration.DataRegionConfiguration;
import org.apache.ignite.configuration.DataStorageConfiguration;
import org.apache.ignite.configuration.IgniteConfiguration;
import org.apache.ignite.events.EventType;
import org.apache.ignite.spi.communication.tcp.TcpCommunicationSpi;
import org.apache.ignite.spi.discovery.tcp.TcpDiscoverySpi;
import org.apache.ignite.spi.discovery.tcp.ipfinder.vm.TcpDiscoveryVmIpFinder;

/**
 * The Ignite configuration of a node that mp4j starts: static discovery of the given peers
 * (no multicast), its own ports, a work directory of its own that is deleted when it stops,
 * a small in-memory data region, no update check, its log into mp4j's, and peer class
 * loading off (every node has the application's class path, as a spawn child has).
 */
final class NodeConfig {

    /** How long a silent node stays in the cluster: short, so a dead node's tasks fail soon. */
    static final long FAILURE_DETECTION_MS = 5_000;
    private static final long REGION_BYTES = 64L << 20;

    static {
        // No call home and no banner; set before the first node of this JVM starts.
        System.setProperty("IGNITE_UPDATE_NOTIFIER", "false");
        System.setProperty("IGNITE_NO_ASCII", "true");
        System.setProperty("IGNITE_PERFORMANCE_SUGGESTIONS_DISABLED", "true");
    }

    private NodeConfig() {}

    /**
     * A node on {@code host} (null: every interface) that finds the cluster at {@code peers}
     * ({@code host:port} of their discovery; none: it is the first), with its discovery port
     * ({@code 0}: a free one) and a free communication port.
     */
    static IgniteConfiguration of(boolean client, String host, int discoveryPort, List<String> peers, Path workDir) {
        int discovery = discoveryPort > 0 ? discoveryPort : freePort(host);
        List<String> addresses = new ArrayList<>(peers);
        if (!client) {
            addresses.add((host == null ? "127.0.0.1" : host) + ":" + discovery);
        }
        TcpDiscoverySpi discoverySpi = new TcpDiscoverySpi()
                .setIpFinder(new TcpDiscoveryVmIpFinder().setAddresses(addresses))
                .setLocalPort(discovery)
                .setLocalPortRange(0);
        TcpCommunicationSpi communication = new TcpCommunicationSpi();
        communication.setLocalPort(freePort(host));
        communication.setLocalPortRange(20);
        if (host != null) {
            discoverySpi.setLocalAddress(host);
            communication.setLocalAddress(host);
        }
        return new IgniteConfiguration()
                .setIgniteInstanceName("mp4j-" + UUID.randomUUID())
                .setClientMode(client)
                .setDiscoverySpi(discoverySpi)
                .setCommunicationSpi(communication)
                .setWorkDirectory(workDir.toString())
                .setGridLogger(new IgniteLog())
                .setMetricsLogFrequency(0)
                .setPeerClassLoadingEnabled(false)
                // Server nodes remove what a node that left had made (ClusterStructures).
                .setIncludeEventTypes(EventType.EVT_NODE_LEFT, EventType.EVT_NODE_FAILED)
                .setFailureDetectionTimeout(FAILURE_DETECTION_MS)
                .setClientFailureDetectionTimeout(FAILURE_DETECTION_MS)
                .setDataStorageConfiguration(new DataStorageConfiguration().setDefaultDataRegionConfiguration(
                        new DataRegionConfiguration().setInitialSize(REGION_BYTES).setMaxSize(REGION_BYTES)));
    }

    /** The discovery port {@link #of} gives a node: the one asked for, else a free one. */
    static int freePort(String host) {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host == null ? "0.0.0.0" : host))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port for a cluster node", e);
        }
    }

    /** The host of a node whose peers are all on loopback is loopback too; otherwise every interface. */
    static String hostFor(List<String> peers) {
        for (String p : peers) {
            String host = p.substring(0, p.lastIndexOf(':') < 0 ? p.length() : p.lastIndexOf(':'));
            if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
                return null;
            }
        }
        return "127.0.0.1";
    }
}
