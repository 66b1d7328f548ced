package dev.mp4j.cluster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A server node of an mp4j cluster, as a program: run it on each machine with the
 * application's class path and {@link IgniteJvm#options()}.
 *
 * <pre>
 * java $(IgniteJvm options) -cp app.jar:mp4j-cluster.jar:... dev.mp4j.cluster.ClusterNode --port 47500 [host:port ...]
 * </pre>
 *
 * It prints one line, {@code mp4j cluster node ready at host:port}, once it has joined, and
 * runs until it is killed or, with {@code --until-stdin-closes}, until its standard input
 * ends: the way a parent makes its nodes die with it.
 */
public final class ClusterNode {

    private ClusterNode() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 0;
        boolean untilStdinCloses = false;
        List<String> peers = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--until-stdin-closes" -> untilStdinCloses = true;
                default -> peers.add(args[i]);
            }
        }
        ClusterContext node = ClusterContext.embedded(port, peers.toArray(String[]::new));
        System.out.println("mp4j cluster node ready at " + node.address());
        System.out.flush();
        if (untilStdinCloses) {
            while (System.in.read() >= 0) {
                // Reading until the parent's end of the pipe closes.
            }
            node.close();
            System.exit(0);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(node::close));
        Thread.currentThread().join();
    }
}
