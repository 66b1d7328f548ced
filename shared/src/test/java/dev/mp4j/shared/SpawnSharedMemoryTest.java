package dev.mp4j.shared;

import dev.mp4j.core.Context;

class SpawnSharedMemoryTest extends SharedMemoryContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
