package dev.mp4j.examples;

/** The basic examples of seeds 001-003 with child JVMs as workers. */
class SpawnBasicsExamplesTest extends BasicsExamplesContract {

    @Override
    String context() {
        return "spawn";
    }
}
