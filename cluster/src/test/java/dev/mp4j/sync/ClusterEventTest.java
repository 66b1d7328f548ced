package dev.mp4j.sync;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Event contract on the nodes of a cluster context. */
class ClusterEventTest extends EventContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
