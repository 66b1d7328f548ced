package dev.mp4j.shared;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Array contract on the nodes of a cluster context. */
class ClusterArrayTest extends ArrayContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
