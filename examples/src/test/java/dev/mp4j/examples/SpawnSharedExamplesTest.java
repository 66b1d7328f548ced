package dev.mp4j.examples;

/** The shared-memory examples with child JVMs as workers. */
class SpawnSharedExamplesTest extends SharedExamplesContract {

    @Override
    String context() {
        return "spawn";
    }
}
