package dev.mp4j.sync;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Semaphore contract on the nodes of a cluster context. */
class ClusterSemaphoreTest extends SemaphoreContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
