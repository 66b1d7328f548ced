package dev.mp4j.examples;

/** Seed 004's pool_tutorial.py demos and exercises with threads as workers. */
class ThreadsTutorialExamplesTest extends TutorialExamplesContract {

    @Override
    String context() {
        return "threads";
    }
}
