package dev.mp4j.sync;

import dev.mp4j.core.Context;

class SpawnConditionTest extends ConditionContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
