package dev.mp4j.shared;

import dev.mp4j.core.Context;

class ThreadsSharedMemoryTest extends SharedMemoryContract {
    @Override
    protected Context context() {
        return Context.threads();
    }
}
