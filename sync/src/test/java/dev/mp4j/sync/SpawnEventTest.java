package dev.mp4j.sync;

import dev.mp4j.core.Context;

class SpawnEventTest extends EventContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
