package dev.mp4j.pool;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mp4j.core.Context;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A spawn worker claims a chunk only once it is about to run it. */
@Timeout(120)
class SpawnPoolClaimTest {

    @TempDir
    Path dir;

    /**
     * Captured by the task: reading it in a worker publishes the worker's pid, then takes a
     * while, as a cold JVM decoding a lambda does.
     */
    static final class SlowToRead implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String marker;

        SlowToRead(String marker) {
            this.marker = marker;
        }

        String marker() {
            return marker;
        }

        // A class, not a record: deserializing a record does not call readObject.
        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            Path file = Path.of(marker);
            if (!Files.exists(file)) {
                Files.writeString(file, Long.toString(ProcessHandle.current().pid()));
                try {
                    Thread.sleep(Duration.ofSeconds(2));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Test
    void aWorkerKilledWhileDecodingTheFunctionFailsNoTask() throws IOException {
        Path marker = dir.resolve("decoding.pid");
        SlowToRead slow = new SlowToRead(marker.toString());
        List<Integer> items = IntStream.range(0, 20).boxed().toList();
        try (Pool pool = new Pool(Context.spawn(), 1)) {
            AsyncResult<List<Integer>> squares = pool.mapAsync(x -> slow.marker().isEmpty() ? -1 : x * x, items,
                    MapOptions.defaults().chunksize(1));
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(marker) && !Files.readString(marker).isBlank());
            long pid = Long.parseLong(Files.readString(marker).strip());
            // Killed before it ran anything: no chunk was started, so none may fail.
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            assertEquals(items.stream().map(x -> x * x).toList(), squares.get(Duration.ofSeconds(60)));
        }
    }
}
