package dev.mp4j.pool;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Executor contract on the nodes of a cluster context. */
class ClusterExecutorTest extends ExecutorContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
