package dev.mp4j.examples;

/** The basic examples of seeds 001-003 with threads as workers. */
class ThreadsBasicsExamplesTest extends BasicsExamplesContract {

    @Override
    String context() {
        return "threads";
    }
}
