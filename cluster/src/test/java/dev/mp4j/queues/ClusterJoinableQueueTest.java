package dev.mp4j.queues;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The JoinableQueue contract on the nodes of a cluster context. */
class ClusterJoinableQueueTest extends JoinableQueueContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
