package dev.mp4j.queues;

import dev.mp4j.core.Context;

class ThreadsSimpleQueueTest extends SimpleQueueContract {
    @Override
    protected Context context() {
        return Context.threads();
    }
}
