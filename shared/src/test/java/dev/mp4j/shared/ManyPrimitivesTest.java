package dev.mp4j.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.internal.shm.FileNames;
import dev.mp4j.core.internal.shm.RuntimeDirectory;
import dev.mp4j.sync.Lock;
import dev.mp4j.testing.RuntimeFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Spawn primitives are lines of a few arena files, not a file and a mapping each: far more of
 * them than Linux's 65,530 mappings per process live at once, and travel to a child JVM.
 */
@Timeout(300)
class ManyPrimitivesTest {

    private static final int VALUES = 100_000;
    private static final int LOCKS = 10_000;
    /** A handful: 210,000 lines take five arena files (1, 2, 4, 8 and 16 MiB), a second batch one more. */
    private static final int HANDFUL = 6;

    @Test
    void aHundredThousandValuesAndTenThousandLocksCostAHandfulOfFilesAndMappings() {
        long me = ProcessHandle.current().pid();
        long mappingsBefore = mp4jMappings();
        Context spawn = Context.spawn();
        List<Value<Integer>> values = new ArrayList<>(VALUES);
        for (int i = 0; i < VALUES; i++) {
            values.add(Value.ofInt(spawn, i));
        }
        List<Lock> locks = new ArrayList<>(LOCKS);
        for (int i = 0; i < LOCKS; i++) {
            locks.add(new Lock(spawn));
        }
        assertTrue(arenaFiles(me) <= HANDFUL, arenaFiles(me) + " arena files");
        assertTrue(mp4jMappings() - mappingsBefore <= HANDFUL, (mp4jMappings() - mappingsBefore) + " new mappings");

        // The child uses each once: every Value under its own RLock, every Lock.
        Process child = new Process(spawn, () -> {
            for (Value<Integer> v : values) {
                try (var _ = v.getLock().hold()) {
                    v.set(v.get() + 1);
                }
            }
            for (Lock lock : locks) {
                if (!lock.acquire(false)) {
                    throw new AssertionError("a free lock could not be taken");
                }
                lock.release();
            }
            long mine = arenaMappings();
            if (mine > HANDFUL) {
                throw new AssertionError(mine + " arena mappings in the child");
            }
        });
        child.start();
        child.join();
        assertEquals(0, child.exitCode(), "the child used every primitive (its stderr says why not)");
        for (int i = 0; i < VALUES; i += 997) {
            assertEquals(i + 1, values.get(i).get());
        }
        assertEquals(VALUES, values.getLast().get());
        assertTrue(locks.stream().noneMatch(Lock::isLocked));

        // Dropped, the lines go back to the free lists and a second batch reuses them.
        values.clear();
        locks.clear();
        child = null;
        System.gc();
        List<Value<Integer>> again = new ArrayList<>(VALUES);
        for (int i = 0; i < VALUES; i++) {
            again.add(Value.ofInt(spawn, i));
        }
        assertTrue(arenaFiles(me) <= HANDFUL, arenaFiles(me) + " arena files after a second batch");
        assertEquals(VALUES - 1, again.getLast().get());
    }

    private static long arenaFiles(long pid) {
        return RuntimeFiles.createdBy(pid).stream().filter(f -> FileNames.isArena(f.getFileName().toString())).count();
    }

    /** The mappings of this JVM of files in the runtime directory. */
    private static long mp4jMappings() {
        return maps().stream().filter(l -> l.contains(RuntimeDirectory.path().toString())).count();
    }

    private static long arenaMappings() {
        return maps().stream().filter(l -> l.contains(RuntimeDirectory.path().toString()) && l.endsWith(".aren")).count();
    }

    private static List<String> maps() {
        try {
            return Files.readAllLines(Path.of("/proc/self/maps"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
