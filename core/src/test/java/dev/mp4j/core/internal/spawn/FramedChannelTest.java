package dev.mp4j.core.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import org.junit.jupiter.api.Test;

class FramedChannelTest {

    @Test
    void lengthIsSixtyFourBitBigEndian() throws IOException {
        Pipe pipe = Pipe.open();
        new FramedChannel(new Sink(pipe)).send(new byte[] {7, 8, 9});
        ByteBuffer raw = ByteBuffer.allocate(11);
        while (raw.hasRemaining()) {
            pipe.source().read(raw);
        }
        assertEquals(3L, raw.getLong(0));
        assertEquals(9, raw.get(10));
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
        pipe.sink().write(ByteBuffer.allocate(8).putLong(0, 3L << 31));
        IOException e = assertThrows(IOException.class, () -> new FramedChannel(new Source(pipe)).recv());
        assertEquals("message of 6442450944 bytes does not fit in one Java array", e.getMessage());
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
