package dev.mp4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.internal.shm.Segment;
import dev.mp4j.testing.RuntimeFiles;
import java.io.Serial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** No child JVM, however it ends, leaves a file in the runtime directory for long. */
@Timeout(60)
class LeakTest {

    @TempDir
    Path dir;

    /** Creates segments and keeps them, then ends as told. */
    static final class SegmentMaker extends Process {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String how;
        private final String readyFile;
        private static final List<Segment> KEPT = new ArrayList<>();

        SegmentMaker(String how, String readyFile) {
            super(Context.spawn());
            this.how = how;
            this.readyFile = readyFile;
        }

        @Override
        public void run() throws Exception {
            for (int i = 0; i < 3; i++) {
                KEPT.add(Segment.create("TEST", 1, 4096));
            }
            Files.writeString(Path.of(readyFile), "ready");
            switch (how) {
                case "exception" -> throw new IllegalStateException("expected by the test");
                case "exit" -> Process.exit(3);
                case "system-exit" -> System.exit(4);
                case "hang" -> Thread.sleep(Duration.ofMinutes(2));
                default -> { }
            }
        }
    }

    private SegmentMaker run(String how) {
        SegmentMaker p = new SegmentMaker(how, dir.resolve(how + ".ready").toString());
        p.start();
        return p;
    }

    @Test
    void normalExceptionAndExitEndingsRemoveTheirFiles() {
        for (String how : List.of("normal", "exception", "exit", "system-exit")) {
            SegmentMaker p = run(how);
            p.join();
            assertTrue(Files.exists(dir.resolve(how + ".ready")), how + " made its segments");
            assertEquals(List.of(), RuntimeFiles.createdBy(p.pid()), how);
        }
    }

    @Test
    void filesOfASigkilledChildAreSweptByTheNextStartUp() {
        SegmentMaker p = run("hang");
        Path ready = dir.resolve("hang.ready");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(ready));
        assertEquals(3, RuntimeFiles.createdBy(p.pid()).size());
        p.kill();
        p.join();
        assertFalse(RuntimeFiles.createdBy(p.pid()).isEmpty(), "SIGKILL runs no clean-up");
        Process next = new Process(Context.spawn(), () -> {});
        next.start();
        next.join();
        assertEquals(List.of(), RuntimeFiles.createdBy(p.pid()), "the next mp4j start-up swept them");
    }
}
