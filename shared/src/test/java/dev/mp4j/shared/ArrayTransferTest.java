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

/** What crosses to a child JVM and what does not, and what a child's arrays leave behind. */
@Timeout(60)
class ArrayTransferTest {

    @Test
    void aThreadsArrayPassedToAChildJvmFailsAtStart() {
        RawArray<Double> a = RawArray.of(Context.threads(), 'd', 3);
        Process p = new Process(Context.spawn(), () -> a.setDouble(0, 1));
        SerializationError e = assertThrows(SerializationError.class, p::start);
        assertTrue(e.getMessage().contains("an Array of Context.threads() cannot travel to another JVM; "
                + "create it with Context.spawn()"), e.getMessage());
    }

    @Test
    void aChildsOwnArraysAndValuesOfEveryTypecodeAreRemovedWhenItExits() {
        Process p = new Process(Context.spawn(), () -> {
            for (Typecode t : Typecode.values()) {
                Array.of(Context.spawn(), t.code(), 3).getObj().length();
                Value.of(Context.spawn(), t.code(), t.fromBits(0)).get();
            }
        });
        p.start();
        p.join();
        assertEquals(0, p.exitCode());
        assertEquals(List.of(), RuntimeFiles.createdBy(p.pid()));
    }
}
