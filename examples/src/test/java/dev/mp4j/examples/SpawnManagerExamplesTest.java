package dev.mp4j.examples;

/** The manager examples with child JVMs as workers and as the manager's server. */
class SpawnManagerExamplesTest extends ManagerExamplesContract {

    @Override
    String context() {
        return "spawn";
    }
}
