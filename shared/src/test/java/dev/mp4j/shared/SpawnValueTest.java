package dev.mp4j.shared;

import dev.mp4j.core.Context;

class SpawnValueTest extends ValueContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
