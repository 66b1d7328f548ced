package dev.mp4j.pool;

import dev.mp4j.core.Context;

class SpawnPoolTest extends PoolContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
