package dev.mp4j.shared;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.testing.RuntimeFiles;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No named block outlives its owner, however the owner ends, and no attached process takes
 * a block with it. Every scenario runs real child JVMs.
 */
@Timeout(120)
class SharedMemoryLeakTest {

    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** Creates the block {@code name} (and keeps it), says so in {@code ready}, then ends as told. */
    private static Process owner(String name, String how, String ready) {
        return new Process(Context.spawn(), () -> {
            SharedMemory shm = SharedMemory.create(name, 4096);
            shm.buffer().set(ValueLayout.JAVA_INT, 0, 42);
            Files.writeString(Path.of(ready), "ready");
            switch (how) {
                case "exception" -> throw new IllegalStateException("expected by the test");
                case "system-exit" -> System.exit(4);
                case "exit" -> Process.exit(3);
                case "hang" -> Thread.sleep(Duration.ofMinutes(2));
                default -> { }
            }
        });
    }

    @Test
    void normalExceptionAndExitEndingsRemoveTheOwnersBlocks() {
        for (String how : List.of("normal", "exception", "exit", "system-exit")) {
            String name = BlockFiles.fresh(how);
            Path ready = dir.resolve(how);
            Process p = owner(name, how, ready.toString());
            p.start();
            p.join();
            assertTrue(Files.exists(ready), how + ": the child made its block");
            assertFalse(BlockFiles.exists(name), how + ": the block went with its owner");
            assertEquals(List.of(), RuntimeFiles.createdBy(p.pid()), how);
        }
    }

    @Test
    void aSigkilledOwnersBlockIsSweptByTheNextStartUp() {
        String name = BlockFiles.fresh("killed");
        Path ready = dir.resolve("killed");
        Process p = owner(name, "hang", ready.toString());
        p.start();
        await().atMost(READY).until(() -> Files.exists(ready));
        assertEquals(p.pid(), BlockFiles.creatorPid(name));
        try (SharedMemory attached = SharedMemory.attach(name)) {
            assertEquals(42, attached.buffer().get(ValueLayout.JAVA_INT, 0));
        }
        p.kill();
        p.join();
        assertEquals(-9, p.exitCode());
        assertTrue(BlockFiles.exists(name), "SIGKILL runs no clean-up");
        Process next = new Process(Context.spawn(), () -> { });
        next.start();
        next.join();
        assertFalse(BlockFiles.exists(name), "the next mp4j start-up swept it");
        assertEquals(List.of(), RuntimeFiles.createdBy(p.pid()));
    }

    @Test
    void aSigkilledAttachedProcessLeavesTheBlockToItsOwner() {
        String name = BlockFiles.fresh("attached");
        Path ready = dir.resolve("attached");
        String readyFile = ready.toString();
        try (SharedMemory shm = SharedMemory.create(name, 64)) {
            Process p = new Process(Context.spawn(), () -> {
                SharedMemory mine = SharedMemory.attach(name);
                mine.buffer().set(ValueLayout.JAVA_LONG, 8, 7L);
                Files.writeString(Path.of(readyFile), "ready");
                Thread.sleep(Duration.ofMinutes(2));
            });
            p.start();
            await().atMost(READY).until(() -> Files.exists(ready));
            p.kill();
            p.join();
            Process next = new Process(Context.spawn(), () -> { });
            next.start();
            next.join();
            assertTrue(BlockFiles.exists(name), "neither the kill nor the next start-up took the owner's block");
            assertEquals(7L, shm.buffer().get(ValueLayout.JAVA_LONG, 8));
            shm.unlink();
        }
        assertFalse(BlockFiles.exists(name));
    }

    @Test
    void theAttachedChildsNormalExitLeavesTheBlock() {
        String name = BlockFiles.fresh("child_exit");
        try (SharedMemory shm = SharedMemory.create(name, 64)) {
            Process p = new Process(Context.spawn(), () -> SharedMemory.attach(name).buffer().set(ValueLayout.JAVA_BYTE, 0, (byte) 1));
            p.start();
            p.join();
            assertEquals(0, p.exitCode());
            assertTrue(BlockFiles.exists(name));
            assertEquals((byte) 1, shm.buffer().get(ValueLayout.JAVA_BYTE, 0));
            shm.unlink();
        }
    }
}
