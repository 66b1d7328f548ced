package dev.mp4j.sync;

import dev.mp4j.core.Context;

class SpawnSemaphoreTest extends SemaphoreContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
