package dev.mp4j.core.internal.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class SegmentTest {

    @Test
    void createdFileIsPrivateHasAHeaderAndIsRemovedOnClose() throws IOException {
        Segment segment = Segment.create("TEST", 3, 256);
        Path file = RuntimeDirectory.path().resolve(segment.name());
        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(RuntimeDirectory.path())));
        assertEquals(SegmentHeaderLayout.DATA_OFFSET + 256, Files.size(file));
        assertEquals(0, segment.data().address() % 128, "data is 128-byte aligned");
        assertEquals(ProcessIdentity.current().pid(), FileNames.creatorOf(segment.name()).orElseThrow().pid());
        segment.close();
        assertFalse(Files.exists(file));
        segment.close();
    }

    @Test
    void attachSeesTheSameMemoryAndDoesNotOwnTheFile() {
        try (Segment created = Segment.create("TEST", 1, 64)) {
            created.data().set(ValueLayout.JAVA_LONG, 8, 42L);
            Segment attached = Segment.attach(created.name(), "TEST", 1);
            assertEquals(42L, attached.data().get(ValueLayout.JAVA_LONG, 8));
            attached.data().set(ValueLayout.JAVA_LONG, 16, 7L);
            assertEquals(7L, created.data().get(ValueLayout.JAVA_LONG, 16));
            attached.close();
            assertTrue(Files.exists(RuntimeDirectory.path().resolve(created.name())));
        }
    }

    @Test
    void attachRefusesAnotherKindOrVersion() {
        try (Segment created = Segment.create("TEST", 1, 64)) {
            IllegalStateException kind = assertThrows(IllegalStateException.class,
                    () -> Segment.attach(created.name(), "LOCK", 1));
            assertTrue(kind.getMessage().contains("holds TEST v1, expected LOCK v1"), kind.getMessage());
            assertThrows(IllegalStateException.class, () -> Segment.attach(created.name(), "TEST", 2));
        }
    }

    @Test
    void attachAfterTheCreatorClosedIsAClearError() {
        Segment created = Segment.create("TEST", 1, 64);
        String name = created.name();
        created.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Segment.attach(name, "TEST", 1));
        assertTrue(e.getMessage().contains("no longer exists"), e.getMessage());
    }

    @Test
    void sweepRemovesFilesOfDeadCreatorsOnly() throws IOException {
        Path dir = RuntimeDirectory.path();
        Path dead = dir.resolve("999999999-1-1.test");
        Files.writeString(dead, "left by a killed process");
        try (Segment mine = Segment.create("TEST", 1, 64)) {
            FileSweeper.sweep(dir);
            assertFalse(Files.exists(dead));
            assertTrue(Files.exists(dir.resolve(mine.name())));
        }
    }

    @Test
    void creatorIdentityIsCheckedWithItsStartTime() {
        ProcessIdentity me = ProcessIdentity.current();
        assertTrue(me.isAlive());
        assertFalse(new ProcessIdentity(me.pid(), me.startMillis() + 10_000).isAlive(), "a reused pid is another process");
    }
}
