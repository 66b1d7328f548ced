package dev.mp4j.queues;

import dev.mp4j.core.Context;

class SpawnJoinableQueueTest extends JoinableQueueContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
