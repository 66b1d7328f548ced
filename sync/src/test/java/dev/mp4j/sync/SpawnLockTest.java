package dev.mp4j.sync;

import dev.mp4j.core.Context;

class SpawnLockTest extends LockContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
