package dev.mp4j.sync;

import dev.mp4j.core.Context;

class ThreadsSemaphoreTest extends SemaphoreContract {
    @Override
    protected Context context() {
        return Context.threads();
    }
}
