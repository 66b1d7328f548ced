package dev.mp4j.sync;

import dev.mp4j.core.Context;

class ThreadsLockTest extends LockContract {
    @Override
    protected Context context() {
        return Context.threads();
    }
}
