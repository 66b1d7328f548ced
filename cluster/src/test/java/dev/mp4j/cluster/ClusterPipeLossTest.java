package dev.mp4j.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Connection;
import dev.mp4j.queues.EOFError;
import dev.mp4j.queues.Pipe;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server node SIGKILLed while a process on it holds the only copy of a pipe's end: the end
 * is gone, and the other end reads what was sent, then EOF, as in the spawn context.
 */
@Timeout(180)
class ClusterPipeLossTest {

    @Test
    void anEndHeldOnlyByAKilledNodeIsGoneAndTheOtherEndReadsEOF() {
        try (LoopbackCluster cluster = new LoopbackCluster(3)) {
            Context ctx = cluster.client().context();
            Pipe pipe = Pipe.open(ctx, false);
            Connection reader = pipe.conn1();
            Connection writer = pipe.conn2();
            Process holder = new Process(ctx, () -> {
                writer.send("from the node");
                Thread.sleep(Duration.ofMinutes(3));
            });
            holder.start();
            writer.close(); // this JVM's copy; the one on its way to the node still holds the end
            assertEquals("from the node", reader.recv());
            assertFalse(reader.poll(Duration.ofMillis(300)), "the node holds the end: no EOF yet");
            cluster.kill(cluster.indexOf(holder.pid()));
            assertThrows(EOFError.class, reader::recv, "the end's only holder left with its node");
            holder.join();
            assertEquals(-9, holder.exitCode());
        }
    }
}
