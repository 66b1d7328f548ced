package dev.mp4j.shared;

import dev.mp4j.core.Context;

class ThreadsValueTest extends ValueContract {
    @Override
    protected Context context() {
        return Context.threads();
    }
}
