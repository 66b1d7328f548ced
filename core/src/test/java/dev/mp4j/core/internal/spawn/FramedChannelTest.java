package dev.mp4j.core.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class FramedChannelTest {

    @Test
    void aShortMessageHasCPythonsFourByteBigEndianLength() throws IOException {
        Pipe pipe = Pipe.open();
        new FramedChannel(new Sink(pipe)).send(new byte[] {7, 8, 9});
        ByteBuffer raw = ByteBuffer.allocate(7);
        while (raw.hasRemaining()) {
            pipe.source().read(raw);
        }
        assertEquals(3, raw.getInt(0));
        assertEquals(9, raw.get(6));
    }

    /** An empty message is a header alone, over a socket's gathering write too. */
    @Test
    void anEmptyMessageIsSentOverASocket() throws IOException {
        try (var server = java.nio.channels.ServerSocketChannel.open()) {
            server.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
            try (var client = java.nio.channels.SocketChannel.open(server.getLocalAddress());
                 var accepted = server.accept()) {
                new FramedChannel(client).send(new byte[0]);
                new FramedChannel(client).send(new byte[] {1});
                FramedChannel in = new FramedChannel(accepted);
                assertEquals(0, in.recv().length);
                assertArrayEquals(new byte[] {1}, in.recv());
            }
        }
    }

    /** CPython's long form: -1, then an 8-byte big-endian length, for anything over 2^31 - 1. */
    @Test
    void aLengthOver31BitsIsMinusOneThenEightBytes() {
        assertArrayEquals(HexFormat.of().parseHex("7fffffff"), FramedChannel.header(Integer.MAX_VALUE).array());
        assertArrayEquals(HexFormat.of().parseHex("ffffffff0000000080000000"), FramedChannel.header(1L << 31).array());
        assertArrayEquals(HexFormat.of().parseHex("ffffffff0000000500000007"), FramedChannel.header(0x5_0000_0007L).array());
    }

    /** A receiver reads the long form whatever the length it announces (CPython reads it so too). */
    @Test
    void theLongFormIsReadBack() throws IOException {
        Pipe pipe = Pipe.open();
        pipe.sink().write(ByteBuffer.wrap(HexFormat.of().parseHex("ffffffff0000000000000003070809")));
        FramedChannel in = new FramedChannel(new Source(pipe));
        assertEquals(3, in.nextLength());
        assertArrayEquals(new byte[] {7, 8, 9}, in.recv());
    }

    @Test
    void aNegativeLengthIsMalformed() throws IOException {
        Pipe pipe = Pipe.open();
        pipe.sink().write(ByteBuffer.wrap(HexFormat.of().parseHex("fffffffe")));
        IOException e = assertThrows(FramedChannel.Malformed.class, () -> new FramedChannel(new Source(pipe)).recv());
        assertEquals("malformed message header: a length of -2 bytes", e.getMessage());
    }

    /** A message over the cap is refused before it is read, and is still the next message. */
    @Test
    void aMessageOverTheCapStaysUnread() throws IOException {
        Pipe pipe = Pipe.open();
        new FramedChannel(new Sink(pipe)).send(new byte[] {1, 2, 3, 4, 5}, 1, 3);
        FramedChannel in = new FramedChannel(new Source(pipe));
        FramedChannel.TooLong e = assertThrows(FramedChannel.TooLong.class, () -> in.recv(2));
        assertEquals(3, e.length());
        assertEquals("message of 3 bytes, over the limit of 2 bytes here", e.getMessage());
        byte[] into = new byte[4];
        assertThrows(FramedChannel.TooLong.class, () -> in.recvInto(into, 2));
        in.recvInto(into, 1);
        assertArrayEquals(new byte[] {0, 2, 3, 4}, into);
    }

    @Test
    void messagesRoundTripAndEndOfStreamIsEof() throws IOException {
        Pipe pipe = Pipe.open();
        FramedChannel out = new FramedChannel(new Sink(pipe));
        FramedChannel in = new FramedChannel(new Source(pipe));
        byte[] big = new byte[1 << 20];
        big[big.length - 1] = 42;
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                out.send(new byte[0]);
                out.send(big);
                pipe.sink().close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(0, in.recv().length);
        assertArrayEquals(big, in.recv());
        assertThrows(EOFException.class, in::recv);
        writer.interrupt();
    }

    @Test
    void aLengthBeyondOneJavaArrayIsAClearError() throws IOException {
        Pipe pipe = Pipe.open();
        pipe.sink().write(FramedChannel.header(3L << 31));
        IOException e = assertThrows(IOException.class, () -> new FramedChannel(new Source(pipe)).recv());
        assertEquals("message of 6442450944 bytes does not fit in one Java array", e.getMessage());
    }

    /** Read ahead, messages that arrive together are taken apart; one larger than the buffer is read straight into place. */
    @Test
    void readingAheadReceivesTheSameMessages() throws IOException {
        Pipe pipe = Pipe.open();
        FramedChannel out = new FramedChannel(new Sink(pipe));
        FramedChannel in = new FramedChannel(new Source(pipe));
        in.readAhead(16);
        byte[] large = new byte[100];
        java.util.Arrays.fill(large, (byte) 5);
        out.send(new byte[] {1, 2, 3});
        out.send(new byte[0]);
        out.send(new byte[] {4});
        out.send(large);
        out.send(new byte[] {6, 7});
        assertArrayEquals(new byte[] {1, 2, 3}, in.recv());
        assertEquals(0, in.recv().length);
        assertArrayEquals(new byte[] {4}, in.recv());
        assertArrayEquals(large, in.recv());
        assertEquals(2, in.nextLength());
        assertArrayEquals(new byte[] {6, 7}, in.recv());
        pipe.sink().close();
        assertThrows(EOFException.class, in::recv);
    }

    /** A channel that reads ahead may hold bytes of the next message: its stream is not for taking over. */
    @Test
    void aChannelThatReadsAheadCannotBeTakenOver() throws IOException {
        Pipe pipe = Pipe.open();
        FramedChannel in = new FramedChannel(new Source(pipe));
        in.channel();
        in.readAhead(64);
        IllegalStateException e = assertThrows(IllegalStateException.class, in::channel);
        assertEquals("the channel reads ahead: its stream cannot be taken over", e.getMessage());
    }

    /** The other end closes inside a message that was read ahead in part. */
    @Test
    void anEndInsideAMessageReadAheadIsAnEof() throws IOException {
        Pipe pipe = Pipe.open();
        pipe.sink().write(ByteBuffer.wrap(HexFormat.of().parseHex("000000050102")));
        pipe.sink().close();
        FramedChannel in = new FramedChannel(new Source(pipe));
        in.readAhead(64);
        assertThrows(EOFException.class, in::recv);
    }

    private record Sink(Pipe pipe) implements java.nio.channels.ByteChannel {
        public int read(ByteBuffer dst) {
            throw new UnsupportedOperationException();
        }

        public int write(ByteBuffer src) throws IOException {
            return pipe.sink().write(src);
        }

        public boolean isOpen() {
            return pipe.sink().isOpen();
        }

        public void close() throws IOException {
            pipe.sink().close();
        }
    }

    private record Source(Pipe pipe) implements java.nio.channels.ByteChannel {
        public int read(ByteBuffer dst) throws IOException {
            return pipe.source().read(dst);
        }

        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException();
        }

        public boolean isOpen() {
            return pipe.source().isOpen();
        }

        public void close() throws IOException {
            pipe.source().close();
        }
    }
}
