package dev.mp4j.sync;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Barrier contract on the nodes of a cluster context. */
class ClusterBarrierTest extends BarrierContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
