package dev.mp4j.examples;

/** The sync examples with threads as workers. */
class ThreadsSyncExamplesTest extends SyncExamplesContract {

    @Override
    String context() {
        return "threads";
    }
}
