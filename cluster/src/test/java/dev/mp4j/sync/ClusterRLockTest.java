package dev.mp4j.sync;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The RLock contract on the nodes of a cluster context. */
class ClusterRLockTest extends RLockContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
