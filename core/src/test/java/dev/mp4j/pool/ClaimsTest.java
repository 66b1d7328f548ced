package dev.mp4j.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.testing.RuntimeFiles;
import org.junit.jupiter.api.Test;

/** A worker's claims as the pool reads them: through a second mapping of the same file, as across JVMs. */
class ClaimsTest {

    @Test
    void thePoolSeesWhatTheWorkerStartedAndHasNotReported() {
        Claims pool = Claims.create();
        Claims worker = Claims.attach(pool.name());
        try {
            assertFalse(pool.contains(1));
            worker.add(1);
            worker.add(2);
            worker.add(3);
            assertTrue(pool.contains(1) && pool.contains(2) && pool.contains(3));
            // Results of 1 and 2 went out while 3 runs.
            worker.reported(true, 3);
            assertFalse(pool.contains(1));
            assertFalse(pool.contains(2));
            assertTrue(pool.contains(3));
            assertEquals(1, worker.size());
            worker.reported(false, 0);
            assertFalse(pool.contains(3));
            assertEquals(0, worker.size());
        } finally {
            worker.close();
            pool.close();
        }
    }

    @Test
    void aFullClaimIsABugThatSaysSo() {
        Claims claims = Claims.create();
        try {
            for (int i = 0; i < ClaimsLayout.CAPACITY; i++) {
                claims.add(i);
            }
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> claims.add(-1));
            assertEquals("a pool worker claimed 127 chunks without reporting one", e.getMessage());
        } finally {
            claims.close();
        }
    }

    @Test
    void closingThePoolsClaimsRemovesTheirFile() {
        long pid = ProcessHandle.current().pid();
        int before = RuntimeFiles.createdBy(pid).size();
        Claims claims = Claims.create();
        assertEquals(before + 1, RuntimeFiles.createdBy(pid).size());
        claims.close();
        assertEquals(before, RuntimeFiles.createdBy(pid).size());
    }
}
