package dev.mp4j.examples;

/** The shared-memory examples with threads as workers. */
class ThreadsSharedExamplesTest extends SharedExamplesContract {

    @Override
    String context() {
        return "threads";
    }
}
