package dev.mp4j.queues;

import static dev.mp4j.testing.Interruptions.assertInterruptedBeforeBlocking;
import static dev.mp4j.testing.Interruptions.assertInterruptedWhileBlocked;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.pool.Pool;
import dev.mp4j.testing.BackgroundCall;
import dev.mp4j.testing.ContextContract;
import dev.mp4j.testing.WorkerCall;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Pipe contract, run against both contexts: both ends and both kinds of pipe, the
 * wrong-way errors, EOF after a close, maxLength, BufferTooShort, the segment forms, every
 * timeout of poll, blocking and interruption (seen blocked through getQueueLength() first),
 * a 64 MiB message, and ends travelling to a worker, through a Queue and in a Pool task.
 */
@Timeout(120)
abstract class PipeContract extends ContextContract {

    static final Duration SMALL = Duration.ofMillis(50);
    static final Duration HUGE = Duration.ofSeconds(Long.MAX_VALUE);
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final List<Pipe> opened = new ArrayList<>();

    Pipe pipe() {
        return pipe(true);
    }

    Pipe pipe(boolean duplex) {
        Pipe p = Pipe.open(context(), duplex);
        opened.add(p);
        return p;
    }

    @AfterEach
    void closeAll() {
        opened.forEach(Pipe::close);
    }

    @Test
    void aDuplexPipeCarriesObjectsBothWaysInOrder() {
        Pipe p = pipe();
        List<Object> sent = Arrays.asList(42, "hello", List.of(1, 2, 3), Map.of("k", 2.5), null);
        for (Object o : sent) {
            p.conn1().send(o);
        }
        p.conn2().send("back");
        for (Object o : sent) {
            assertEquals(o, p.conn2().recv());
        }
        assertEquals("back", p.conn1().recv());
    }

    @Test
    void aOneWayPipeSendsFromConn2ToConn1Only() {
        Pipe p = pipe(false);
        p.conn2().send("one way");
        assertEquals("one way", p.conn1().recv());
        IllegalStateException send = assertThrows(IllegalStateException.class, () -> p.conn1().send("wrong"));
        assertEquals("end 1 (conn1) of a one-way pipe only receives; it cannot send"
                + " (Pipe(duplex=false): conn1 receives, conn2 sends)", send.getMessage());
        IllegalStateException recv = assertThrows(IllegalStateException.class, () -> p.conn2().recv());
        assertEquals("end 2 (conn2) of a one-way pipe only sends; it cannot receive"
                + " (Pipe(duplex=false): conn1 receives, conn2 sends)", recv.getMessage());
        assertThrows(IllegalStateException.class, () -> p.conn2().poll());
        assertThrows(IllegalStateException.class, () -> p.conn1().sendBytes(new byte[1]));
        assertThrows(IllegalStateException.class, () -> p.conn2().recvBytesInto(new byte[1]));
    }

    @Test
    void bytesTravelUnchangedWithOffsetAndSize() {
        Pipe p = pipe();
        byte[] buffer = "..hello..".getBytes(StandardCharsets.US_ASCII);
        p.conn1().sendBytes(buffer, 2, 5);
        p.conn1().sendBytes(new byte[0]);
        p.conn1().sendBytes(buffer);
        assertEquals("hello", new String(p.conn2().recvBytes(), StandardCharsets.US_ASCII));
        assertEquals(0, p.conn2().recvBytes().length);
        assertArrayEquals(buffer, p.conn2().recvBytes(buffer.length));
        assertThrows(IndexOutOfBoundsException.class, () -> p.conn1().sendBytes(buffer, 5, 5));
    }

    /** As the socket connections, beyond Python: the message stays for the next receive. */
    @Test
    void aMessageOverMaxLengthIsAClearErrorAndStaysUnread() {
        Pipe p = pipe();
        p.conn1().sendBytes(new byte[100]);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> p.conn2().recvBytes(99));
        assertEquals("the next message is 100 bytes, longer than the maximum of 99; it stays unread"
                + " (recvBytes() without a maximum receives it)", e.getMessage());
        assertEquals(100, p.conn2().recvBytes(100).length);
        assertThrows(IllegalArgumentException.class, () -> p.conn2().recvBytes(-1));
    }

    /** As Python: the error carries the whole message, and it is received (the next one is next). */
    @Test
    void aBufferTooShortCarriesTheWholeMessage() {
        Pipe p = pipe();
        byte[] message = "longer than four".getBytes(StandardCharsets.US_ASCII);
        p.conn1().sendBytes(message);
        p.conn1().sendBytes(message);
        p.conn1().sendBytes(new byte[] {9});
        byte[] buffer = new byte[8];
        BufferTooShort e = assertThrows(BufferTooShort.class, () -> p.conn2().recvBytesInto(buffer, 4));
        assertArrayEquals(message, e.message());
        assertTrue(e.getMessage().contains("16 bytes does not fit in the 4 bytes left"), e.getMessage());
        assertArrayEquals(new byte[8], buffer, "the buffer is left alone");
        MemorySegment small = MemorySegment.ofArray(new byte[15]);
        BufferTooShort s = assertThrows(BufferTooShort.class, () -> p.conn2().recvBytesInto(small));
        assertArrayEquals(message, s.message());
        assertEquals(1, p.conn2().recvBytesInto(buffer));
        assertEquals(9, buffer[0]);
    }

    @Test
    void segmentsGoInAndOutWithoutArrays() {
        Pipe p = pipe();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(1000);
            for (int i = 0; i < 1000; i++) {
                out.set(ValueLayout.JAVA_BYTE, i, (byte) i);
            }
            p.conn1().sendBytes(out.asSlice(10, 500));
            p.conn1().sendBytes(out);
            MemorySegment in = arena.allocate(2000);
            assertEquals(500, p.conn2().recvBytesInto(in, 100));
            assertEquals(out.asSlice(10, 500).mismatch(in.asSlice(100, 500)), -1, "the bytes at the offset");
            assertEquals(0, in.get(ValueLayout.JAVA_BYTE, 99), "nothing before the offset");
            assertEquals(1000, p.conn2().recvBytesInto(in));
            assertEquals(-1, out.mismatch(in.asSlice(0, 1000)));
            assertThrows(IndexOutOfBoundsException.class, () -> p.conn2().recvBytesInto(in, 2001));
            assertThrows(IndexOutOfBoundsException.class, () -> p.conn2().recvBytesInto(in, -1));
            assertThrows(IllegalArgumentException.class, () -> p.conn2().recvBytesInto(in.asReadOnly()));
        }
    }

    @Test
    void aSegmentMessageIsReadAsBytesAndTheOtherWay() {
        Pipe p = pipe();
        p.conn1().sendBytes(MemorySegment.ofArray(new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, p.conn2().recvBytes());
        p.conn2().sendBytes(new byte[] {4, 5});
        MemorySegment in = MemorySegment.ofArray(new byte[4]);
        assertEquals(2, p.conn1().recvBytesInto(in, 2));
        assertArrayEquals(new byte[] {0, 0, 4, 5}, in.toArray(ValueLayout.JAVA_BYTE));
    }

    @Test
    void everyMessageBeforeACloseArrivesThenEOF() {
        Pipe p = pipe();
        p.conn1().send("last words");
        p.conn1().close();
        assertTrue(p.conn1().closed());
        assertTrue(p.conn2().poll());
        assertEquals("last words", p.conn2().recv());
        assertTrue(p.conn2().poll(), "poll is true at EOF, so a loop on it does not hang");
        assertThrows(EOFError.class, () -> p.conn2().recv());
        assertThrows(EOFError.class, () -> p.conn2().recvBytes());
        assertThrows(EOFError.class, () -> p.conn2().send("to no one"));
        assertThrows(IllegalStateException.class, () -> p.conn1().recv(), "a closed end is unusable");
        p.conn1().close();
    }

    @Test
    void aCloseWakesABlockedReceiveWithEOF() {
        Pipe p = pipe(false);
        BackgroundCall<Object> recv = BackgroundCall.start("recv", () -> p.conn1().recv())
                .awaitBlocked(() -> p.conn1().getQueueLength() == 1);
        p.conn2().close();
        assertThrows(EOFError.class, recv::result);
    }

    @Test
    void closingTheReceivingEndItselfWakesItsReceive() {
        Pipe p = pipe();
        BackgroundCall<Object> recv = BackgroundCall.start("recv", () -> p.conn1().recv())
                .awaitBlocked(() -> p.conn1().getQueueLength() == 1);
        p.conn1().close();
        assertThrows(IllegalStateException.class, recv::result);
    }

    @Test
    void pollWithZeroOrNegativeTimeoutDoesNotWait() {
        Pipe p = pipe();
        assertFalse(p.conn1().poll());
        assertFalse(p.conn1().poll(Duration.ZERO));
        assertFalse(p.conn1().poll(Duration.ofSeconds(-5)));
        p.conn2().send("x");
        assertTrue(p.conn1().poll(Duration.ofSeconds(-5)));
        assertTrue(p.conn1().poll(Duration.ZERO), "poll does not take the message");
        assertEquals("x", p.conn1().recv());
        assertFalse(p.conn1().poll());
    }

    @Test
    void pollWithASmallTimeoutTimesOut() {
        Pipe p = pipe();
        long start = System.nanoTime();
        assertFalse(p.conn1().poll(SMALL));
        assertTrue(System.nanoTime() - start >= SMALL.toNanos(), "waited the timeout");
    }

    @Test
    void pollWithAHugeTimeoutWaitsForTheMessage() {
        Pipe p = pipe();
        BackgroundCall<Boolean> poll = BackgroundCall.start("poll", () -> p.conn1().poll(HUGE))
                .awaitBlocked(() -> p.conn1().getQueueLength() == 1);
        p.conn2().sendBytes(new byte[] {5});
        assertTrue(poll.result());
        assertArrayEquals(new byte[] {5}, p.conn1().recvBytes());
    }

    @Test
    void aRecvBlocksUntilTheMessageArrives() {
        Pipe p = pipe();
        BackgroundCall<Object> recv = BackgroundCall.start("recv", () -> p.conn1().recv())
                .awaitBlocked(() -> p.conn1().getQueueLength() == 1);
        p.conn2().send("late");
        assertEquals("late", recv.result());
        assertEquals(0, p.conn1().getQueueLength(), "no one waits once the message is in");
    }

    @Test
    void anInterruptedRecvLosesNothing() {
        Pipe p = pipe();
        assertInterruptedWhileBlocked(() -> p.conn1().recv(), () -> p.conn1().getQueueLength() == 1);
        assertInterruptedWhileBlocked(() -> p.conn1().poll(HUGE), () -> p.conn1().getQueueLength() == 1);
        assertInterruptedBeforeBlocking(() -> p.conn1().recv());
        p.conn2().send("kept");
        assertEquals("kept", p.conn1().recv(), "the connection is usable after the interrupts");
    }

    /** A receive that need not wait succeeds even with the interrupt flag set, and leaves it set. */
    @Test
    void aRecvThatNeedNotWaitIgnoresTheInterruptFlag() {
        Pipe p = pipe();
        p.conn2().send("there");
        Thread.currentThread().interrupt();
        try {
            assertEquals("there", p.conn1().recv());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    /** A sender whose peer does not read waits (the pipe is bounded to 1 MiB), and goes on when it reads. */
    @Test
    void aSenderWaitsForAReaderOnceThePipeIsFull() {
        Pipe p = pipe();
        AtomicInteger sent = new AtomicInteger();
        BackgroundCall<Integer> sender = BackgroundCall.start("sender", () -> {
            for (; sent.get() < 64; sent.incrementAndGet()) {
                p.conn2().sendBytes(new byte[64 << 10]);
            }
            return sent.get();
        });
        await().atMost(PATIENCE).until(() -> sent.get() >= 8);
        await().during(Duration.ofMillis(300)).atMost(PATIENCE).until(() -> sent.get() < 64);
        int received = 0;
        while (received < 64) {
            assertEquals(64 << 10, p.conn1().recvBytes().length);
            received++;
        }
        assertEquals(64, sender.result());
    }

    @Test
    void aSixtyFourMiBMessageGoesThroughWhole() {
        Pipe p = pipe();
        byte[] big = new byte[64 << 20];
        new Random(7).nextBytes(big);
        BackgroundCall<byte[]> recv = BackgroundCall.start("recv", () -> p.conn1().recvBytes());
        p.conn2().sendBytes(big);
        p.conn2().send("after");
        assertArrayEquals(big, recv.result());
        assertEquals("after", p.conn1().recv());
    }

    @Test
    void anEndTravelsToAWorker() {
        Pipe p = pipe();
        WorkerCall worker = startInWorker(() -> {
            p.conn2().send("from the worker");
            assertTrue(p.conn2().poll(PATIENCE));
            assertEquals("to the worker", p.conn2().recv());
        });
        assertEquals("from the worker", p.conn1().recv());
        p.conn1().send("to the worker");
        worker.join();
    }

    @Test
    void anEndTravelsThroughAQueue() {
        Pipe p = pipe();
        Queue<Connection> q = new Queue<>(context());
        q.put(p.conn2());
        runInWorker(() -> {
            Connection end = q.get(PATIENCE);
            end.sendBytes(new byte[] {7});
            end.close();
        });
        assertArrayEquals(new byte[] {7}, p.conn1().recvBytes());
    }

    @Test
    void anEndTravelsAsAPoolTaskArgument() {
        Pipe p = pipe();
        try (Pool pool = new Pool(context(), 1)) {
            Connection end = p.conn2();
            assertEquals(1, pool.apply(() -> {
                end.send("from a pool worker");
                return 1;
            }));
        }
        assertEquals("from a pool worker", p.conn1().recv());
    }

    @Test
    void closeIsIdempotentAndClosesBothEnds() {
        Pipe p = pipe();
        p.close();
        p.close();
        assertTrue(p.conn1().closed());
        assertTrue(p.conn2().closed());
        assertThrows(IllegalStateException.class, () -> p.conn1().poll());
    }
}
