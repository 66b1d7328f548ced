package dev.mp4j.core.internal.shm;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A block freed in its creator while another JVM holds a handle to it. */
@Timeout(120)
class StaleHandleTest {

    @TempDir
    Path dir;

    /** The smallest backing: one long in a block, every access checked. */
    static final class Cell extends MappedHandle {
        @Serial
        private static final long serialVersionUID = 1L;

        Cell(SharedBlock block) {
            super(block);
        }

        @Override
        protected String kind() {
            return "CELL";
        }

        @Override
        protected Cell attach(SharedBlock block) {
            return new Cell(block);
        }

        long get() {
            checkLive();
            return words.getLongVolatile(ArenaLayout.BLOCK_WORDS);
        }
    }

    @Test
    void aHandleInAnotherJvmFailsClearlyOnceTheCreatorFreedItsBlock() throws Exception {
        Path attached = dir.resolve("attached");
        Path freed = dir.resolve("freed");
        Path outcome = dir.resolve("outcome");
        SharedBlock block = SharedBlock.allocate("CELL", 24);
        block.words().setLongVolatile(ArenaLayout.BLOCK_WORDS, 42L);
        Cell cell = new Cell(block);
        String file = block.file();
        long offset = block.offset();
        int generation = block.generation();
        String a = attached.toString();
        String f = freed.toString();
        String o = outcome.toString();
        // The child gets the handle as bytes, so that nothing here but `cell` holds the block.
        byte[] handle = serialize(cell);
        Process child = new Process(Context.spawn(), () -> {
            Cell held = (Cell) new ObjectInputStream(new ByteArrayInputStream(handle)).readObject();
            Files.writeString(Path.of(a), Long.toString(held.get()));
            while (!Files.exists(Path.of(f))) {
                Thread.sleep(5);
            }
            try {
                Files.writeString(Path.of(o), "read " + held.get());
            } catch (IllegalStateException e) {
                Files.writeString(Path.of(o), e.getMessage());
            }
        });
        child.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(attached));
        assertEquals("42", Files.readString(attached));

        WeakReference<Cell> ref = new WeakReference<>(cell);
        cell = null;
        block = null;
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            System.gc();
            return ref.get() == null && LineArena.generationOf(file, offset) != generation;
        });
        Files.writeString(freed, "freed");
        child.join();
        assertEquals(0, child.exitCode());
        String seen = Files.readString(outcome);
        assertTrue(seen.contains("no longer exists") && seen.contains(file + "@" + offset), seen);
    }

    private static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }
}
