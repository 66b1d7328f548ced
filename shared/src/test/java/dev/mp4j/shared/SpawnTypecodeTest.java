package dev.mp4j.shared;

import dev.mp4j.core.Context;

class SpawnTypecodeTest extends TypecodeContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
