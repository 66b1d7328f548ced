package dev.mp4j.shared;

import dev.mp4j.cluster.ClusterUnderTest;
import dev.mp4j.core.Context;

/**
 * The SharedMemory contract with cluster nodes as the workers: the nodes run on this machine, and a
 * block of shared memory is one machine's, as in Python.
 */
class ClusterSharedMemoryTest extends SharedMemoryContract {
    @Override
    protected Context context() {
        return ClusterUnderTest.context();
    }
}
