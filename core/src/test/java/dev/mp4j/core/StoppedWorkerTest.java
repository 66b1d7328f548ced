package dev.mp4j.core;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.Pool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** terminate() stops a child JVM that was stopped with SIGSTOP: SIGKILL follows a short grace. */
@Timeout(120)
class StoppedWorkerTest {

    @TempDir
    Path dir;

    @Test
    void aStoppedProcessIsTerminatedAfterAGrace() throws Exception {
        Process p = new Process(Context.spawn(), () -> Thread.sleep(Duration.ofMinutes(2)));
        p.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> ProcessHandle.of(p.pid()).isPresent());
        signal("STOP", p.pid());
        p.terminate();
        assertTrue(p.join(Duration.ofSeconds(10)), "a stopped child JVM ended after terminate()");
        assertEquals(-9, p.exitCode(), "it was killed once the SIGTERM stayed pending");
    }

    @Test
    void aPoolWithAStoppedWorkerTerminatesAndJoins() throws Exception {
        Path pidFile = dir.resolve("worker.pid");
        String pf = pidFile.toString();
        Pool pool = new Pool(Context.spawn(), 1);
        AsyncResult<Object> stuck = pool.applyAsync(() -> {
            Files.writeString(Path.of(pf), Long.toString(ProcessHandle.current().pid()));
            Thread.sleep(Duration.ofMinutes(2));
            return null;
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(pidFile) && !Files.readString(pidFile).isBlank());
        signal("STOP", Long.parseLong(Files.readString(pidFile).strip()));
        pool.terminate();
        assertTrue(pool.join(Duration.ofSeconds(10)), "the pool's stopped worker ended");
        assertTrue(stuck.ready());
    }

    private static void signal(String name, long pid) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start().waitFor());
    }
}
