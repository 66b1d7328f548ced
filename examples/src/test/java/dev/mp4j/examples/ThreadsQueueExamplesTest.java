package dev.mp4j.examples;

/** The queue examples with threads as workers. */
class ThreadsQueueExamplesTest extends QueueExamplesContract {

    @Override
    String context() {
        return "threads";
    }
}
