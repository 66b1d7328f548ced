package dev.mp4j.managers;

import dev.mp4j.core.Context;

class SpawnSharedMemoryManagerTest extends SharedMemoryManagerContract {

    @Override
    protected Context context() {
        return Context.spawn();
    }
}
