package dev.mp4j.queues;

import dev.mp4j.core.Context;

class ThreadsJoinableQueueTest extends JoinableQueueContract {
    @Override
    protected Context context() {
        return Context.threads();
    }
}
