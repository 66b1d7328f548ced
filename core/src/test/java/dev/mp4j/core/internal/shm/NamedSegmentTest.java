package dev.mp4j.core.internal.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NamedSegmentTest {

    private static String freshName() {
        return "test_" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aNamedSegmentOutlivesItsCloseUntilUnlinked() {
        String name = freshName();
        Path file = RuntimeDirectory.path().resolve(FileNames.named(name));
        Segment created = Segment.createNamed(name, "TEST", 1, 100);
        created.data().set(ValueLayout.JAVA_INT, 96, 7);
        assertEquals(Optional.of(ProcessIdentity.current()), FileSweeper.creatorOf(file));
        created.close();
        assertTrue(Files.exists(file), "closing only unmaps");
        try (Segment attached = Segment.attach(FileNames.named(name), "TEST", 1)) {
            assertEquals(100, attached.data().byteSize());
            assertEquals(7, attached.data().get(ValueLayout.JAVA_INT, 96));
        }
        Segment.unlinkNamed(name);
        assertFalse(Files.exists(file));
        assertThrows(IllegalStateException.class, () -> Segment.unlinkNamed(name));
    }

    @Test
    void aTakenNameIsAClearErrorAndLeavesTheBlockAlone() {
        String name = freshName();
        try (Segment first = Segment.createNamed(name, "TEST", 1, 8)) {
            first.data().set(ValueLayout.JAVA_LONG, 0, 42L);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Segment.createNamed(name, "TEST", 1, 8));
            assertEquals("a shared memory block named '" + name + "' already exists", e.getMessage());
            try (Segment again = Segment.attach(FileNames.named(name), "TEST", 1)) {
                assertEquals(42L, again.data().get(ValueLayout.JAVA_LONG, 0));
            }
        } finally {
            Segment.unlinkNamed(name);
        }
    }

    @Test
    void theSweepJudgesNamedBlocksByTheCreatorInTheirHeader() throws IOException {
        Path dir = RuntimeDirectory.path();
        Path dead = dir.resolve(FileNames.named(freshName()));
        try (FileChannel ch = FileChannel.open(dead, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE); Arena arena = Arena.ofConfined()) {
            MemorySegment whole = ch.map(FileChannel.MapMode.READ_WRITE, 0, SegmentHeaderLayout.DATA_OFFSET, arena);
            SegmentHeaderLayout.write(whole, SegmentHeaderLayout.kind("TEST"), 1, new ProcessIdentity(999_999_999, 1), 0);
        }
        String name = freshName();
        try (Segment mine = Segment.createNamed(name, "TEST", 1, 8)) {
            FileSweeper.sweep(dir);
            assertFalse(Files.exists(dead), "a dead creator's named block is removed");
            assertTrue(Files.exists(dir.resolve(FileNames.named(name))), "a live creator's stays");
        } finally {
            Segment.unlinkNamed(name);
        }
    }
}
