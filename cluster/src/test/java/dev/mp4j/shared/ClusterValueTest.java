package dev.mp4j.shared;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Value contract on the nodes of a cluster context. */
class ClusterValueTest extends ValueContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
