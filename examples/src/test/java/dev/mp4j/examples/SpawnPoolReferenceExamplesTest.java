package dev.mp4j.examples;

/** The ports of seed 004's Pool reference with child JVMs as workers. */
class SpawnPoolReferenceExamplesTest extends PoolReferenceExamplesContract {

    @Override
    String context() {
        return "spawn";
    }

    @Override
    boolean workersShareTheJvm() {
        return false;
    }
}
