package dev.mp4j.examples;

/** The manager examples with threads as workers: the manager's built-ins are the objects themselves. */
class ThreadsManagerExamplesTest extends ManagerExamplesContract {

    @Override
    String context() {
        return "threads";
    }
}
