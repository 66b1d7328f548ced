package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The examples with threads as workers. */
class ThreadsExamplesTest extends ExamplesContract {

    @Override
    String context() {
        return "threads";
    }

    @Override
    void assertChildPids(long mainPid, long childPid, long childParentPid, ExampleJvm.Run run) {
        assertEquals(mainPid, childPid, "a thread worker has its JVM's pid:\n" + run.output());
        assertEquals(mainPid, childParentPid, "its parent is the main process:\n" + run.output());
    }
}
