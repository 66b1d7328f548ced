package dev.mp4j.examples;

/** The sync examples with child JVMs as workers. */
class SpawnSyncExamplesTest extends SyncExamplesContract {

    @Override
    String context() {
        return "spawn";
    }
}
