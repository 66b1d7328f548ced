package dev.mp4j.core.internal.shm;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Blocks of the arena in one JVM: allocation, attaching, freeing, reuse. */
class SharedBlockTest {

    private static final long BYTES = 24;

    @Test
    void attachSeesTheSameWordsAndTheHeaderNamesTheKind() {
        SharedBlock block = SharedBlock.allocate("TEST", BYTES);
        block.words().setLongVolatile(ArenaLayout.BLOCK_WORDS, 42L);
        SharedBlock same = SharedBlock.attach(block.file(), block.offset(), block.generation(), "TEST", BYTES);
        assertEquals(42L, same.words().getLongVolatile(ArenaLayout.BLOCK_WORDS));
        same.words().setLongVolatile(ArenaLayout.BLOCK_WORDS, 7L);
        assertEquals(7L, block.words().getLongVolatile(ArenaLayout.BLOCK_WORDS));
        assertTrue(FileNames.isArena(block.file()));
        assertEquals(0, (block.offset() - ArenaLayout.FIRST_LINE) % ArenaLayout.LINE, "blocks start on a line");
        IllegalStateException wrongKind = assertThrows(IllegalStateException.class,
                () -> SharedBlock.attach(block.file(), block.offset(), block.generation(), "OTHR", BYTES));
        assertTrue(wrongKind.getMessage().contains("holds TEST, expected OTHR"), wrongKind.getMessage());
    }

    @Test
    void aBlockFreedByItsCreatorFailsEveryStaleHandleAndIsReusedZeroed() {
        Handle h = allocateAndDrop();
        awaitFreed(h);
        IllegalStateException gone = assertThrows(IllegalStateException.class,
                () -> SharedBlock.attach(h.file, h.offset, h.generation, "TEST", BYTES));
        assertTrue(gone.getMessage().contains("no longer exists"), gone.getMessage());
        // The freed line is reused (FIFO, once older free lines are gone), zeroed, with the new generation.
        SharedBlock reused = null;
        for (int i = 0; i < 100_000 && reused == null; i++) {
            SharedBlock b = SharedBlock.allocate("TEST", BYTES);
            if (b.file().equals(h.file) && b.offset() == h.offset) {
                reused = b;
            }
        }
        assertTrue(reused != null, "the freed line was reused");
        assertEquals(h.generation + 1, reused.generation());
        assertEquals(0L, reused.words().getLongVolatile(ArenaLayout.BLOCK_WORDS), "a reused block starts zeroed");
    }

    @Test
    void aBlockAttachedInItsCreatorStaysLiveAfterTheCreatorsObjectIsGone() {
        SharedBlock block = SharedBlock.allocate("TEST", BYTES);
        SharedBlock copy = SharedBlock.attach(block.file(), block.offset(), block.generation(), "TEST", BYTES);
        WeakReference<SharedBlock> original = new WeakReference<>(block);
        block = null;
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            System.gc();
            return original.get() == null;
        });
        copy.words().setLongVolatile(ArenaLayout.BLOCK_WORDS, 5L);
        copy.checkLive();
        assertEquals(copy.generation(), LineArena.generationOf(copy.file(), copy.offset()));
    }

    @Test
    void aBlockLargerThanTheLargestLineBlockGetsAFileOfItsOwn() {
        SharedBlock big = SharedBlock.allocate("TEST", ArenaLayout.MAX_BLOCK + 8);
        assertTrue(!FileNames.isArena(big.file()) && Files.exists(RuntimeDirectory.path().resolve(big.file())));
        big.words().setLongVolatile(ArenaLayout.MAX_BLOCK, 9L);
        SharedBlock same = SharedBlock.attach(big.file(), 0, 0, "TEST", ArenaLayout.MAX_BLOCK + 8);
        assertEquals(9L, same.words().getLongVolatile(ArenaLayout.MAX_BLOCK));
        big.checkLive();
    }

    @Test
    void sizeClassesRoundUpToPowersOfTwoLines() {
        assertEquals(0, ArenaLayout.sizeClass(8));
        assertEquals(0, ArenaLayout.sizeClass(128));
        assertEquals(1, ArenaLayout.sizeClass(129));
        assertEquals(2, ArenaLayout.sizeClass(3 * 128));
        assertEquals(9, ArenaLayout.sizeClass(ArenaLayout.MAX_BLOCK));
    }

    record Handle(String file, long offset, int generation) {}

    private static Handle allocateAndDrop() {
        SharedBlock block = SharedBlock.allocate("TEST", BYTES);
        block.words().setLongVolatile(ArenaLayout.BLOCK_WORDS, 42L);
        return new Handle(block.file(), block.offset(), block.generation());
    }

    static void awaitFreed(Handle h) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            System.gc();
            return LineArena.generationOf(h.file, h.offset) != h.generation;
        });
        assertNotEquals(h.generation, LineArena.generationOf(h.file, h.offset));
    }
}
