package dev.mp4j.pool;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Pool contract on the nodes of a cluster context. */
class ClusterPoolTest extends PoolContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
