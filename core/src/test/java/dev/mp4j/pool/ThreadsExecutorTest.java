package dev.mp4j.pool;

import dev.mp4j.core.Context;

class ThreadsExecutorTest extends ExecutorContract {
    @Override
    protected Context context() {
        return Context.threads();
    }
}
