package dev.mp4j.cluster;

import dev.mp4j.core.Context;

/**
 * The context the contract suites run against: by default a {@link LoopbackCluster} of three
 * nodes that they share; with {@code -Dmp4j.cluster.peers=host:port,...}, a client of that
 * external cluster, whose server nodes have this module's test class path.
 */
public final class ClusterUnderTest {

    /** The system property naming an external cluster's discovery addresses. */
    public static final String PEERS = "mp4j.cluster.peers";

    private static ClusterContext external;

    private ClusterUnderTest() {}

    public static synchronized Context context() {
        String peers = System.getProperty(PEERS);
        if (peers == null || peers.isBlank()) {
            return LoopbackCluster.shared().client().context();
        }
        if (external == null) {
            ClusterContext joined = ClusterContext.join(peers.split(","));
            Runtime.getRuntime().addShutdownHook(new Thread(joined::close, "mp4j-test-cluster-leave"));
            external = joined;
        }
        return external.context();
    }
}
