package dev.mp4j.core;

class SpawnProcessTest extends ProcessContract {
    @Override
    protected Context context() {
        return Context.spawn();
    }
}
