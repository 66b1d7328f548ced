package dev.mp4j.queues;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Pipe contract on the nodes of a cluster context. */
class ClusterPipeTest extends PipeContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
