package dev.mp4j.pool;

import dev.mp4j.core.Context;

class VirtualThreadsPoolTest extends PoolContract {
    @Override
    protected Context context() {
        return Context.threads().withVirtualThreads();
    }
}
