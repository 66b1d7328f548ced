package dev.mp4j.examples;

/** The ports of seed 004's Pool reference with threads as workers. */
class ThreadsPoolReferenceExamplesTest extends PoolReferenceExamplesContract {

    @Override
    String context() {
        return "threads";
    }

    @Override
    boolean workersShareTheJvm() {
        return true;
    }
}
