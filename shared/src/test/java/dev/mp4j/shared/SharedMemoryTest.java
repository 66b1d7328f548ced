package dev.mp4j.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.internal.shm.OwnedFiles;
import java.io.IOException;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SharedMemory beyond the parent-child contract: unrelated JVMs, and many cycles. */
@Timeout(120)
class SharedMemoryTest {

    /** The main of an unrelated JVM: attaches to the block {@code args[0]} and writes into it. */
    public static void main(String[] args) {
        try (SharedMemory shm = SharedMemory.attach(args[0])) {
            long seen = shm.buffer().get(ValueLayout.JAVA_LONG, 0);
            shm.buffer().set(ValueLayout.JAVA_LONG, 8, seen * 2);
        }
    }

    @Test
    void aJvmThatIsNotAChildAttachesByName() throws IOException, InterruptedException {
        String name = BlockFiles.fresh("unrelated");
        try (SharedMemory shm = SharedMemory.create(name, 16)) {
            shm.buffer().set(ValueLayout.JAVA_LONG, 0, 21L);
            java.lang.Process jvm = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"),
                    SharedMemoryTest.class.getName(), name)).inheritIO().start();
            assertTrue(jvm.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, jvm.exitValue());
            assertEquals(42L, shm.buffer().get(ValueLayout.JAVA_LONG, 8));
            assertTrue(BlockFiles.exists(name), "the other JVM's exit left the block to its owner");
            shm.unlink();
        }
    }

    @Test
    void aThousandCreateCloseUnlinkCyclesLeaveNothingAndDoNotGrowTheMappings() throws IOException {
        int ownedBefore = OwnedFiles.count();
        cycles(100);   // warm up whatever the first cycles allocate once
        long mapsBefore = mappings();
        String prefix = BlockFiles.fresh("cycle");
        for (int i = 0; i < 1000; i++) {
            SharedMemory shm = SharedMemory.create(prefix + "_" + i, 64 * 1024);
            shm.buffer().set(ValueLayout.JAVA_LONG, 0, i);
            shm.close();
            shm.unlink();
        }
        long mapsAfter = mappings();
        // Other tests' segments may be collected meanwhile, so the count can only shrink.
        assertTrue(OwnedFiles.count() <= ownedBefore, "owned files grew from " + ownedBefore + " to " + OwnedFiles.count());
        for (int i = 0; i < 1000; i++) {
            assertFalse(BlockFiles.exists(prefix + "_" + i));
        }
        assertTrue(mapsAfter - mapsBefore < 20, "mappings grew from " + mapsBefore + " to " + mapsAfter);
    }

    private static void cycles(int n) {
        for (int i = 0; i < n; i++) {
            try (SharedMemory shm = SharedMemory.create(64 * 1024)) {
                shm.unlink();
            }
        }
    }

    /** The number of memory mappings of this process. */
    private static long mappings() throws IOException {
        try (var lines = Files.lines(Path.of("/proc/self/maps"))) {
            return lines.count();
        }
    }

    @Test
    void aHandleFromAnotherMachineFailsNamingBothMachines() {
        String name = BlockFiles.fresh("elsewhere");
        try (SharedMemory shm = SharedMemory.create(name, 16)) {
            byte[] here = Serialization.serialize(shm, "a block");
            try (SharedMemory again = (SharedMemory) Serialization.deserialize(here, "a block")) {
                assertEquals(name, again.name(), "a handle of this machine attaches");
            }
            for (Object handle : List.of(new SharedMemory.Handle(name, "far/boot"),
                    new ShareableList.Handle(name, "far/boot"))) {
                byte[] far = Serialization.serialize(handle, "a handle");
                Throwable e = assertThrows(RuntimeException.class, () -> Serialization.deserialize(far, "a handle"));
                while (!(e instanceof IllegalStateException) && e.getCause() != null) {
                    e = e.getCause();
                }
                assertInstanceOf(IllegalStateException.class, e);
                assertTrue(e.getMessage().contains("'" + name + "' lives in the memory of machine far/boot, and this JVM runs on "
                        + ThisMachine.id()), e.getMessage());
                assertTrue(e.getMessage().contains("between machines use an Array, a Value or a Queue of a cluster context"),
                        e.getMessage());
            }
        }
    }
}
