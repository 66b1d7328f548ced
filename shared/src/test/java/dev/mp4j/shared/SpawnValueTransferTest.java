package dev.mp4j.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.SerializationError;
import dev.mp4j.testing.RuntimeFiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class SpawnValueTransferTest {

    @Test
    void aThreadsValuePassedToAChildJvmFailsAtStart() {
        Value<Integer> v = Value.ofInt(Context.threads(), 0);
        Process p = new Process(Context.spawn(), () -> v.set(1));
        SerializationError e = assertThrows(SerializationError.class, p::start);
        // The first field that refuses is the Value's own RLock.
        assertTrue(e.getMessage().contains("Value.lock:RLock): an RLock of Context.threads() cannot travel to "
                + "another JVM; create it with Context.spawn()"), e.getMessage());
    }

    @Test
    void aChildsOwnValuesAreRemovedWhenItExits() {
        Process p = new Process(Context.spawn(), () -> {
            Value<Long> mine = Value.ofLong(Context.spawn(), 7);
            mine.incrementAndGet();
        });
        p.start();
        p.join();
        assertEquals(0, p.exitCode());
        assertEquals(List.of(), RuntimeFiles.createdBy(p.pid()));
    }
}
