package dev.mp4j.examples;

/** The Pool examples with child JVMs as workers. */
class SpawnPoolExamplesTest extends PoolExamplesContract {

    @Override
    String context() {
        return "spawn";
    }

    @Override
    String workerPrefix() {
        return "SpawnPoolWorker";
    }
}
