package dev.mp4j.core;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What only child JVMs have: serialization, orphan handling, exit-time behaviour. */
@Timeout(60)
class ChildJvmTest {

    private static final Context SPAWN = Context.spawn();

    @TempDir
    Path dir;

    @Test
    void nonSerializableCaptureFailsAtStartNamingIt() {
        Object notSerializable = new Object();
        Process p = new Process(SPAWN, () -> System.out.println(notSerializable));
        SerializationError e = assertThrows(SerializationError.class, p::start);
        assertTrue(e.getMessage().contains("java.lang.Object is not Serializable"), e.getMessage());
        assertTrue(e.getMessage().contains("captured[0]"), e.getMessage());
        assertNull(p.pid(), "nothing was started");
    }

    @Test
    void nonSerializableFieldIsNamed() {
        Box box = new Box();
        Process p = new Process(SPAWN, () -> System.out.println(box));
        SerializationError e = assertThrows(SerializationError.class, p::start);
        assertTrue(e.getMessage().contains(".thing:Thread"), e.getMessage());
        assertTrue(e.getMessage().contains("java.lang.Thread is not Serializable"), e.getMessage());
    }

    static final class Box implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        @SuppressWarnings({"serial", "unused"})
        final Object thing = new Thread(() -> {});
    }

    @Test
    void childDiesSoonAfterItsParentsSigkill() throws IOException {
        String pidFile = dir.resolve("grandchild.pid").toString();
        Process parent = new Process(SPAWN, () -> {
            Process child = new Process(Context.spawn(), () -> Thread.sleep(Duration.ofMinutes(2)));
            child.start();
            Files.writeString(Path.of(pidFile), Long.toString(child.pid()));
            Thread.sleep(Duration.ofMinutes(2));
        });
        parent.start();
        try {
            long grandchild = awaitPid(pidFile);
            assertTrue(ProcessHandle.of(grandchild).map(ProcessHandle::isAlive).orElse(false));
            parent.kill();
            parent.join();
            assertEquals(-9, parent.exitCode());
            await().atMost(10, SECONDS).until(() -> !isAlive(grandchild));
        } finally {
            parent.kill();
        }
    }

    @Test
    void daemonChildrenAreTerminatedWhenTheirParentExits() throws IOException {
        String pidFile = dir.resolve("daemon.pid").toString();
        Process parent = new Process(SPAWN, () -> {
            Process child = new Process(Context.spawn(), () -> Thread.sleep(Duration.ofMinutes(2)), "d", true);
            child.start();
            Files.writeString(Path.of(pidFile), Long.toString(child.pid()));
        });
        parent.start();
        parent.join();
        assertEquals(0, parent.exitCode());
        long daemon = awaitPid(pidFile);
        await().atMost(5, SECONDS).until(() -> !isAlive(daemon));
    }

    @Test
    void parentWaitsForNonDaemonChildrenAtExit() throws IOException {
        String pidFile = dir.resolve("child.pid").toString();
        String marker = dir.resolve("child.done").toString();
        Process parent = new Process(SPAWN, () -> {
            Process child = new Process(Context.spawn(), () -> {
                Thread.sleep(500);
                Files.writeString(Path.of(marker), "done");
            });
            child.start();
            Files.writeString(Path.of(pidFile), Long.toString(child.pid()));
        });
        parent.start();
        parent.join();
        assertEquals(0, parent.exitCode());
        assertTrue(Files.exists(Path.of(marker)), "the child finished before its parent exited");
        assertFalse(isAlive(awaitPid(pidFile)));
    }

    @Test
    void daemonProcessesMayNotHaveChildren() {
        Process p = new Process(SPAWN, () -> {
            try {
                new Process(Context.spawn(), () -> {}).start();
            } catch (IllegalStateException expected) {
                Process.exit(0);
            }
            Process.exit(42);
        }, "daemon", true);
        p.start();
        p.join();
        assertEquals(0, p.exitCode());
    }

    @Test
    void exitCodeAboveOneHundredTwentyEightIsNotMistakenForASignal() {
        Process p = new Process(SPAWN, () -> Process.exit(137));
        p.start();
        p.join();
        assertEquals(137, p.exitCode());
    }

    @Test
    void aTargetThatSetsTheStandardStreamsToNullStillExitsWithZero() {
        Process p = new Process(SPAWN, () -> {
            System.out.print("flushed at exit");
            System.setOut(null);
            System.setErr(null);
        });
        p.start();
        p.join();
        assertEquals(0, p.exitCode());
    }

    @Test
    void aTargetThatSetsStderrToNullAndThrowsExitsWithOne() {
        Process p = new Process(SPAWN, () -> {
            System.setErr(null);
            throw new IllegalStateException("expected by the test: exit code 1");
        });
        p.start();
        p.join();
        assertEquals(1, p.exitCode());
    }

    private static long awaitPid(String file) throws IOException {
        Path path = Path.of(file);
        await().atMost(30, SECONDS).until(() -> Files.exists(path) && !Files.readString(path).isBlank());
        return Long.parseLong(Files.readString(path).strip());
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
