package dev.mp4j.shared;

import dev.mp4j.core.Context;

class ThreadsShareableListTest extends ShareableListContract {
    @Override
    protected Context context() {
        return Context.threads();
    }
}
