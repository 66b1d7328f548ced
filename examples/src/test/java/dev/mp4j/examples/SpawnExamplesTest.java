package dev.mp4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The examples with child JVMs as workers. */
class SpawnExamplesTest extends ExamplesContract {

    @Override
    String context() {
        return "spawn";
    }

    @Override
    void assertChildPids(long mainPid, long childPid, long childParentPid, ExampleJvm.Run run) {
        assertNotEquals(mainPid, childPid, "a child JVM has a pid of its own:\n" + run.output());
        assertEquals(mainPid, childParentPid, "its parent is the main JVM:\n" + run.output());
    }
}
