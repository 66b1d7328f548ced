package dev.mp4j.shared;

import dev.mp4j.core.Context;

class ThreadsArrayTest extends ArrayContract {
    @Override
    protected Context context() {
        return Context.threads();
    }
}
