package dev.mp4j.sync;

import dev.mp4j.core.Context;

class ThreadsRLockTest extends RLockContract {
    @Override
    protected Context context() {
        return Context.threads();
    }
}
