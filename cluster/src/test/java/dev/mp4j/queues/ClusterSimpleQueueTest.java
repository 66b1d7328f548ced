package dev.mp4j.queues;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The SimpleQueue contract on the nodes of a cluster context. */
class ClusterSimpleQueueTest extends SimpleQueueContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
