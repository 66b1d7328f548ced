package dev.mp4j.queues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.SerializationError;
import dev.mp4j.testing.BackgroundCall;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link Connection} does, over a pair of connected ends: one subclass per kind
 * of address. Both ends are in this JVM here; {@link ChildJvmConnectionTest} puts the peer in
 * a child JVM.
 */
@Timeout(120)
abstract class ConnectionContract {

    static final byte[] KEY = "contract key".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    Connection mine;
    Connection theirs;

    /** An address to listen on, in the constructor's text form. */
    abstract String address(Path dir);

    @BeforeEach
    void connect() throws Exception {
        try (Listener listener = new Listener(address(dir), KEY)) {
            BackgroundCall<Connection> accepted = BackgroundCall.start("accept", listener::accept);
            mine = Client.connect(listener.address(), KEY);
            theirs = accepted.result();
        }
    }

    @AfterEach
    void close() {
        mine.close();
        theirs.close();
    }

    @Test
    void objectsArriveEqualAndInOrder() {
        List<Object> sent = List.of(42, "hello", List.of(1, 2, 3), Map.of("k", 2.5), new Point(3, 4));
        for (Object o : sent) {
            mine.send(o);
        }
        mine.send(null);
        List<Object> received = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            received.add(theirs.recv());
        }
        assertEquals(sent, received);
        assertNull(theirs.recv());
    }

    @Test
    void bothWaysAtOnce() {
        mine.send("ping");
        theirs.send("pong");
        assertEquals("pong", mine.recv());
        assertEquals("ping", theirs.recv());
    }

    /** Serialized in the caller's thread: the error names the field, and nothing is sent. */
    @Test
    void anUnserializableObjectFailsAtSendWithItsFieldPath() {
        SerializationError e = assertThrows(SerializationError.class, () -> mine.send(new Holder(new Object())));
        assertTrue(e.getMessage().contains("payload"), e.getMessage());
        assertFalse(theirs.poll(Duration.ofMillis(100)), "nothing was sent");
        mine.send("next");
        assertEquals("next", theirs.recv());
    }

    @Test
    void bytesTravelUnchangedWithOffsetAndSize() {
        byte[] buffer = "..hello..".getBytes(StandardCharsets.US_ASCII);
        mine.sendBytes(buffer, 2, 5);
        mine.sendBytes(new byte[0]);
        mine.sendBytes(buffer);
        assertEquals("hello", new String(theirs.recvBytes(), StandardCharsets.US_ASCII));
        assertEquals(0, theirs.recvBytes().length);
        assertArrayEquals(buffer, theirs.recvBytes(buffer.length));
        assertThrows(IndexOutOfBoundsException.class, () -> mine.sendBytes(buffer, 5, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> mine.sendBytes(buffer, -1, 2));
    }

    /** Beyond Python, which makes the connection unreadable: the message stays for the next receive. */
    @Test
    void aMessageOverMaxLengthIsAClearErrorAndStaysUnread() {
        mine.sendBytes(new byte[100]);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> theirs.recvBytes(99));
        assertEquals("the next message is 100 bytes, longer than the maximum of 99; it stays unread"
                + " (recvBytes() without a maximum receives it)", e.getMessage());
        assertEquals(100, theirs.recvBytes(100).length);
        assertThrows(IllegalArgumentException.class, () -> theirs.recvBytes(-1));
    }

    @Test
    void recvBytesIntoWritesAtTheOffsetAndReturnsTheLength() {
        mine.sendBytes(new byte[] {1, 2, 3});
        byte[] buffer = new byte[6];
        assertEquals(3, theirs.recvBytesInto(buffer, 2));
        assertArrayEquals(new byte[] {0, 0, 1, 2, 3, 0}, buffer);
        mine.sendBytes(new byte[0]);
        assertEquals(0, theirs.recvBytesInto(buffer, buffer.length), "an offset at the end takes an empty message");
        assertThrows(IndexOutOfBoundsException.class, () -> theirs.recvBytesInto(buffer, 7));
        assertThrows(IndexOutOfBoundsException.class, () -> theirs.recvBytesInto(buffer, -1));
    }

    /** As Python: the error carries the whole message, and it is received (the next one is next). */
    @Test
    void aBufferTooShortCarriesTheWholeMessage() {
        byte[] message = "longer than four".getBytes(StandardCharsets.US_ASCII);
        mine.sendBytes(message);
        mine.sendBytes(new byte[] {9});
        byte[] buffer = new byte[8];
        BufferTooShort e = assertThrows(BufferTooShort.class, () -> theirs.recvBytesInto(buffer, 4));
        assertArrayEquals(message, e.message());
        assertTrue(e.getMessage().contains("16 bytes does not fit in the 4 bytes left"), e.getMessage());
        assertArrayEquals(new byte[8], buffer, "the buffer is left alone");
        assertEquals(1, theirs.recvBytesInto(buffer));
        assertEquals(9, buffer[0]);
    }

    @Test
    void pollWithZeroOrNegativeTimeoutDoesNotWait() {
        assertFalse(mine.poll());
        assertFalse(mine.poll(Duration.ZERO));
        assertFalse(mine.poll(Duration.ofSeconds(-5)));
        theirs.send("x");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(mine::poll);
        assertTrue(mine.poll(Duration.ofSeconds(-5)));
        assertTrue(mine.poll(Duration.ZERO), "poll does not take the message");
        assertEquals("x", mine.recv());
        assertFalse(mine.poll());
    }

    @Test
    void pollWithASmallTimeoutTimesOut() {
        long start = System.nanoTime();
        assertFalse(mine.poll(Duration.ofMillis(50)));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(50).toNanos(), "waited the timeout");
        theirs.send("after");
        assertTrue(mine.poll(Duration.ofSeconds(30)));
        assertEquals("after", mine.recv());
    }

    /** A timeout too long for a long of nanoseconds waits without limit, until a message comes. */
    @Test
    void pollWithAHugeTimeoutWaitsForTheMessage() {
        BackgroundCall<Boolean> poll = BackgroundCall.start("poll", () -> mine.poll(Duration.ofSeconds(Long.MAX_VALUE)))
                .awaitBlocked(() -> mine.getQueueLength() == 1);
        theirs.sendBytes(new byte[] {5});
        assertTrue(poll.result());
        assertArrayEquals(new byte[] {5}, mine.recvBytes());
    }

    @Test
    void aRecvBlocksUntilTheMessageArrives() {
        BackgroundCall<Object> recv = BackgroundCall.start("recv", mine::recv).awaitBlocked(() -> mine.getQueueLength() == 1);
        theirs.send("late");
        assertEquals("late", recv.result());
        assertEquals(0, mine.getQueueLength(), "no one waits once the message is in");
    }

    /** The interrupt flag is restored, the connection stays usable and the awaited message is not lost. */
    @Test
    void anInterruptedRecvLosesNothing() {
        BackgroundCall<Boolean> recv = BackgroundCall.start("recv", () -> {
            try {
                mine.recv();
                return false;
            } catch (InterruptedError e) {
                return Thread.currentThread().isInterrupted();
            }
        }).awaitBlocked(() -> mine.getQueueLength() == 1);
        recv.interrupt();
        assertTrue(recv.result(), "InterruptedError with the flag restored");
        theirs.send("still here");
        assertEquals("still here", mine.recv());
    }

    @Test
    void anInterruptBeforeRecvThrowsAtOnce() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedError.class, mine::recv);
            assertTrue(Thread.interrupted());
        } finally {
            Thread.interrupted();
        }
        theirs.send("fine");
        assertEquals("fine", mine.recv());
    }

    /** Every message sent before the close is received, then EOFError, every time. */
    @Test
    void eofErrorOnceThePeerClosedAndItsMessagesAreReceived() {
        theirs.send("last words");
        theirs.sendBytes(new byte[] {1});
        theirs.close();
        assertEquals("last words", mine.recv());
        assertArrayEquals(new byte[] {1}, mine.recvBytes());
        assertTrue(mine.poll(Duration.ofSeconds(30)), "the close is something to receive");
        assertThrows(EOFError.class, mine::recv);
        assertThrows(EOFError.class, mine::recvBytes);
        assertThrows(EOFError.class, () -> mine.recvBytesInto(new byte[4]));
    }

    @Test
    void aBlockedRecvGetsEofErrorWhenThePeerCloses() {
        BackgroundCall<Object> recv = BackgroundCall.start("recv", mine::recv).awaitBlocked(() -> mine.getQueueLength() == 1);
        theirs.close();
        assertThrows(EOFError.class, recv::result);
    }

    @Test
    void sendingToAClosedPeerEndsInEofError() {
        theirs.close();
        // The first send may still fit in the socket's buffer before the loss shows.
        assertThrows(EOFError.class, () -> {
            for (int i = 0; i < 1000; i++) {
                mine.sendBytes(new byte[64 * 1024]);
            }
        });
    }

    @Test
    void aClosedEndRefusesEveryCallAndCloseIsIdempotent() {
        mine.close();
        mine.close();
        assertTrue(mine.closed());
        assertFalse(theirs.closed());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> mine.send("x"));
        assertEquals("the connection is closed", e.getMessage());
        assertThrows(IllegalStateException.class, mine::recv);
        assertThrows(IllegalStateException.class, mine::poll);
    }

    @Test
    void aRecvBlockedWhileItsOwnEndClosesFailsAsClosed() {
        BackgroundCall<Object> recv = BackgroundCall.start("recv", mine::recv).awaitBlocked(() -> mine.getQueueLength() == 1);
        mine.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, recv::result);
        assertEquals("the connection is closed", e.getMessage());
    }

    /** 64 MiB each way, received whole and unchanged. */
    @Test
    void aLargeMessageArrivesWhole() {
        byte[] big = new byte[64 << 20];
        for (int i = 0; i < big.length; i += 4096) {
            big[i] = (byte) (i >>> 12);
        }
        big[big.length - 1] = 42;
        BackgroundCall<byte[]> recv = BackgroundCall.start("recv", theirs::recvBytes);
        mine.sendBytes(big);
        byte[] got = recv.result();
        assertEquals(big.length, got.length);
        assertTrue(Arrays.equals(big, got));
        theirs.send(got.length);
        assertEquals(big.length, mine.recv());
    }

    @Test
    void objectsAndBytesInterleave() {
        mine.send("object");
        mine.sendBytes(new byte[] {7});
        Object first = theirs.recv();
        assertSame(String.class, first.getClass());
        assertInstanceOf(byte[].class, theirs.recvBytes());
    }

    /** A socket is this process's: sending the Connection says to connect from there instead. */
    @Test
    void aSocketConnectionDoesNotTravel() {
        SerializationError e = assertThrows(SerializationError.class,
                () -> dev.mp4j.core.internal.serial.Serialization.serialize(mine, "the connection"));
        assertTrue(e.getMessage().contains("a Connection of a socket cannot travel to another process; connect from there"
                + " with Client"), e.getMessage());
        mine.send("still usable");
        assertEquals("still usable", theirs.recv());
    }

    record Point(int x, int y) implements Serializable {}

    record Holder(Object payload) implements Serializable {}
}
