package dev.mp4j.queues;

import dev.mp4j.core.Context;

class SpawnSimpleQueueTest extends SimpleQueueContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
