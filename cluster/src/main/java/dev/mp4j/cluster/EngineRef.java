package dev.mp4j.cluster;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import org.apache.ignite.Ignite;
import org.apache.ignite.Ignition;

/**
 * What a cluster context travels as: its cluster's id. Read in a JVM that runs a node of
 * that cluster, it becomes that node's engine, so that a task or a Process that captured
 * the context uses the cluster from where it runs; read elsewhere, it stays itself and the
 * context fails to read, saying why.
 */
record EngineRef(UUID clusterId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Serial
    private Object readResolve() {
        for (Ignite ignite : Ignition.allGrids()) {
            if (ignite.cluster().id().equals(clusterId)) {
                return IgniteEngine.of(ignite);
            }
        }
        return this;
    }
}
