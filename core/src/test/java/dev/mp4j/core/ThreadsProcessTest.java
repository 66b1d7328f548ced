package dev.mp4j.core;

class ThreadsProcessTest extends ProcessContract {
    @Override
    protected Context context() {
        return Context.threads();
    }
}
