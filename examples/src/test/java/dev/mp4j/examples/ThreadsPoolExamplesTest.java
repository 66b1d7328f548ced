package dev.mp4j.examples;

/** The Pool examples with threads as workers. */
class ThreadsPoolExamplesTest extends PoolExamplesContract {

    @Override
    String context() {
        return "threads";
    }

    @Override
    String workerPrefix() {
        return "ThreadPoolWorker";
    }
}
