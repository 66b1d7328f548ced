package dev.mp4j.queues;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Queue contract on the nodes of a cluster context. */
class ClusterQueueTest extends QueueContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
