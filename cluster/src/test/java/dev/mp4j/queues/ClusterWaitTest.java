package dev.mp4j.queues;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Wait contract on the nodes of a cluster context. */
class ClusterWaitTest extends WaitContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
