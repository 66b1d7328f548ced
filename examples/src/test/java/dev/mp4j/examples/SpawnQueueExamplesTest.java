package dev.mp4j.examples;

/** The queue examples with child JVMs as workers. */
class SpawnQueueExamplesTest extends QueueExamplesContract {

    @Override
    String context() {
        return "spawn";
    }
}
