package dev.mp4j.core;

import dev.mp4j.cluster.ClusterUnderTest;

/** The Process contract on the nodes of a cluster context. */
class ClusterProcessTest extends ProcessContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
