package dev.mp4j.shared;

import dev.mp4j.core.Context;

class SpawnArrayTest extends ArrayContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
