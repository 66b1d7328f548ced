package dev.mp4j.examples;

/** Seed 004's pool_tutorial.py demos and exercises with child JVMs as workers. */
class SpawnTutorialExamplesTest extends TutorialExamplesContract {

    @Override
    String context() {
        return "spawn";
    }
}
