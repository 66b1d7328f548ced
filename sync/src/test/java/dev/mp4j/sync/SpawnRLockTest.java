package dev.mp4j.sync;

import dev.mp4j.core.Context;

class SpawnRLockTest extends RLockContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
