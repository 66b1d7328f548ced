package dev.mp4j.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.testing.RuntimeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The AOT training of the pool: a real worker loop answers every task, and nothing of it outlives the run. */
@Timeout(120)
class PoolTrainingWorkTest {

    @Test
    void theTrainingRunsToTheEndAndLeavesNothing() {
        long pid = ProcessHandle.current().pid();
        int files = RuntimeFiles.createdBy(pid).size();
        // It throws if the worker answers a task wrongly, and would hang if it lost one.
        new PoolTrainingWork().train();
        assertEquals(files, RuntimeFiles.createdBy(pid).size());
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.isAlive()
                && (t.getName().equals("mp4j-training-pool-worker") || t.getName().equals("mp4j-pool-outbox"))));
    }
}
