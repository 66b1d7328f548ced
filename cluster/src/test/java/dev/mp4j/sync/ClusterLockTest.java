package dev.mp4j.sync;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Lock contract on the nodes of a cluster context. */
class ClusterLockTest extends LockContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
