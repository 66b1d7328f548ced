package dev.mp4j.queues;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.testing.BackgroundCall;
import dev.mp4j.testing.WorkerCall;
import java.lang.foreign.Arena;
import java.lang.ref.WeakReference;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The Pipe contract between JVMs, and what only processes can do: die, and hold copies of an end. */
class SpawnPipeTest extends PipeContract {

    @Override
    protected Context context() {
        return Context.spawn();
    }

    /** Python's idiom: the parent closes its copy of the child's end, so the child's end is the child's alone. */
    @Test
    void theParentClosesItsCopyAndSeesEOFOnceTheChildIsDone() {
        Pipe p = pipe(false);
        Process child = new Process(context(), () -> {
            for (int i = 0; i < 3; i++) {
                p.conn2().send(i);
            }
        });
        child.start();
        p.conn2().close();
        for (int i = 0; i < 3; i++) {
            assertEquals(i, p.conn1().recv());
        }
        assertThrows(EOFError.class, () -> p.conn1().recv(), "the child's copy went with the child");
        child.join();
        assertEquals(0, child.exitCode());
    }

    /**
     * The locks of the child's end are the parent's, as the pipe's memory is: the parent's own
     * end keeps them, so a child goes on sending and receiving after the parent has closed and
     * dropped its copy of the child's end, and the collector has been through.
     */
    @Test
    void theChildsEndOutlivesTheParentsDroppedCopy() {
        Queue<Connection> handOver = new Queue<>(context());
        Ends ends = handOverTheChildsEnd(handOver);
        Connection mine = ends.mine();
        WeakReference<Connection> dropped = ends.dropped();
        WorkerCall child = startInWorker(() -> {
            Connection theirs = handOver.get();
            assertEquals("go", theirs.recv());
            theirs.send("still here");
        });
        await().atMost(PATIENCE).until(() -> {
            System.gc();
            return dropped.get() == null;
        });
        System.gc();
        mine.send("go");
        assertEquals("still here", mine.recv());
        child.join();
        mine.close();
    }

    private record Ends(Connection mine, WeakReference<Connection> dropped) {}

    /** A new pipe's second end put on {@code q} and closed, no reference left to it but a weak one. */
    private Ends handOverTheChildsEnd(Queue<Connection> q) {
        Pipe p = Pipe.open(context(), true);   // not pipe(): the test's list would keep it
        q.put(p.conn2());
        p.conn2().close();
        return new Ends(p.conn1(), new WeakReference<>(p.conn2()));
    }

    /** A parent that keeps its own copy holds the end open, as a Python parent holding the descriptor. */
    @Test
    void aCopyStillHeldHereKeepsTheEndOpen() {
        Pipe p = pipe(false);
        runInWorker(() -> p.conn2().send("from the child, which then exits"));
        assertEquals("from the child, which then exits", p.conn1().recv());
        assertFalse(p.conn1().poll(SMALL), "conn2 is still open here: no EOF");
        p.conn2().close();
        assertThrows(EOFError.class, () -> p.conn1().recv());
    }

    @Test
    void aBlockedRecvGetsEOFWhenThePeerJvmIsKilled() {
        Pipe p = pipe();
        Connection mine = p.conn1();
        Connection theirs = p.conn2();
        Process child = new Process(context(), () -> {
            theirs.send("alive");
            Thread.sleep(Long.MAX_VALUE);
        });
        child.start();
        theirs.close();
        assertEquals("alive", mine.recv());
        BackgroundCall<Object> recv = BackgroundCall.start("recv", mine::recv).awaitBlocked(() -> mine.getQueueLength() == 1);
        child.kill();
        child.join();
        assertThrows(EOFError.class, recv::result);
        assertThrows(EOFError.class, () -> mine.send("to the dead"));
    }

    @Test
    void aBlockedRecvInAChildJvmGetsEOFWhenTheParentEndCloses() {
        Pipe p = pipe();
        Connection theirs = p.conn2();
        WorkerCall child = startInWorker(() -> assertThrows(EOFError.class, theirs::recv));
        await().atMost(PATIENCE).until(() -> theirs.getQueueLength() == 1);
        theirs.close();
        p.conn1().close();
        child.join();
    }

    @Test
    void aSenderBlockedOnAFullPipeGetsEOFWhenTheReaderJvmIsKilled() {
        Pipe p = pipe(false);
        Pipe ready = pipe(false);
        Connection reader = p.conn1();
        Connection holding = ready.conn2();
        Process child = new Process(context(), () -> {
            holding.send("holding conn1, reading nothing");
            reader.getQueueLength();
            Thread.sleep(Long.MAX_VALUE);
        });
        child.start();
        assertEquals("holding conn1, reading nothing", ready.conn1().recv());
        reader.close();
        AtomicInteger sent = new AtomicInteger();
        BackgroundCall<Void> sender = BackgroundCall.start("sender", () -> {
            while (true) {
                p.conn2().sendBytes(new byte[64 << 10]);
                sent.incrementAndGet();
            }
        });
        await().atMost(PATIENCE).until(() -> sent.get() >= 15);
        int before = sent.get();
        await().during(Duration.ofMillis(300)).atMost(PATIENCE).until(() -> sent.get() == before);
        child.kill();
        child.join();
        assertThrows(EOFError.class, sender::result, "the reader is dead: no hang");
    }

    @Test
    void aSixtyFourMiBMessageGoesToAChildJvmInPieces() {
        Pipe p = pipe();
        Connection theirs = p.conn2();
        int size = 64 << 20;
        runInWorkerAsync(theirs, size);
        byte[] big = new byte[size];
        new Random(11).nextBytes(big);
        p.conn1().sendBytes(big);
        assertEquals(Arrays.hashCode(big), p.conn1().recv());
        byte[] back = p.conn1().recvBytes();
        assertArrayEquals(big, back, "and back from the child");
    }

    /** A native segment larger than the ring goes out of it and into another JVM's segment, piece by piece. */
    @Test
    void aLargeNativeSegmentGoesIntoAChildJvmsSegmentAtAnOffset() {
        Pipe p = pipe();
        Connection theirs = p.conn2();
        int size = 8 << 20;
        WorkerCall child = startInWorker(() -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment into = arena.allocate(size + 4096);
                assertEquals(size, theirs.recvBytesInto(into, 4096));
                for (long i = 0; i < size; i += 4093) {
                    assertEquals((byte) (i * 31), into.get(ValueLayout.JAVA_BYTE, 4096 + i), "byte " + i);
                }
                MemorySegment small = arena.allocate(size - 1);
                BufferTooShort e = assertThrows(BufferTooShort.class, () -> theirs.recvBytesInto(small));
                assertEquals(size, e.message().length);
                theirs.send("checked");
            }
        });
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(size);
            for (long i = 0; i < size; i++) {
                out.set(ValueLayout.JAVA_BYTE, i, (byte) (i * 31));
            }
            p.conn1().sendBytes(out);
            p.conn1().sendBytes(out);
        }
        assertEquals("checked", p.conn1().recv());
        child.join();
    }

    private void runInWorkerAsync(Connection theirs, int size) {
        startInWorker(() -> {
            byte[] got = theirs.recvBytes();
            assertEquals(size, got.length);
            theirs.send(Arrays.hashCode(got));
            theirs.sendBytes(got);
        });
    }
}
