package dev.mp4j.sync;

import dev.mp4j.core.Context;

class SpawnBarrierTest extends BarrierContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
