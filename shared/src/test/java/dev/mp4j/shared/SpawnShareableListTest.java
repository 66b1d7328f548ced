package dev.mp4j.shared;

import dev.mp4j.core.Context;

class SpawnShareableListTest extends ShareableListContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
