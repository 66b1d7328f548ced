package dev.mp4j.queues;

import dev.mp4j.core.Context;

class ThreadsWaitTest extends WaitContract {

    @Override
    protected Context context() {
        return Context.threads();
    }
}
