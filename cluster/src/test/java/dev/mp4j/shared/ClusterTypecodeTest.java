package dev.mp4j.shared;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Typecode contract on the nodes of a cluster context. */
class ClusterTypecodeTest extends TypecodeContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
