package dev.mp4j.shared;

import dev.mp4j.core.Context;

class ThreadsTypecodeTest extends TypecodeContract {
    @Override
    protected Context context() {
        return Context.threads();
    }
}
