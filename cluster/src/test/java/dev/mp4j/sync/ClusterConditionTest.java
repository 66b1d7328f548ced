package dev.mp4j.sync;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/** The Condition contract on the nodes of a cluster context. */
class ClusterConditionTest extends ConditionContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
