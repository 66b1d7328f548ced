package dev.mp4j.core.internal.spawn;

import java.io.EOFException;
import java.io.IOException;
import java.io.Serial;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.SocketChannel;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Messages over a byte stream, framed as CPython's {@code multiprocessing.connection} frames
 * them on a socket, so that either end may be a Python process:
 *
 * <pre>
 *   a message of n &lt;= 2^31 - 1 bytes   +----------------+---------+
 *                                       | n : int32 BE   | n bytes |
 *                                       +----------------+---------+
 *   a longer one                        +----------------+-----------------+---------+
 *                                       | -1 : int32 BE  | n : uint64 BE   | n bytes |
 *                                       +----------------+-----------------+---------+
 * </pre>
 *
 * The format has no 2 GiB limit; a single in-memory message is limited by the largest Java
 * array, and a longer length is refused with a clear error before anything is allocated.
 *
 * <p>One thread may send while another receives; sends are serialised with a lock, and so
 * are receives. A receiver may read a message's length first ({@link #nextLength()}) and its
 * payload later: the length read stays with the channel until the payload is taken.
 */
public final class FramedChannel implements AutoCloseable {

    /** The largest payload that fits in one Java array. */
    public static final long MAX_ARRAY_PAYLOAD = Integer.MAX_VALUE - 8;
    /** The marker of a length that does not fit in the 4-byte header. */
    private static final int LONG_LENGTH = -1;

    private final ByteChannel channel;
    private final ReentrantLock sendLock = new ReentrantLock();
    private final ReentrantLock recvLock = new ReentrantLock();
    /** The length of the next message, once its header is read; -1 before. Guarded by recvLock. */
    private long nextLength = -1;
    /**
     * After {@link #readAhead}: the bytes read from the stream and not yet received, between
     * its position and its limit. Guarded by recvLock.
     */
    private ByteBuffer ahead;

    public FramedChannel(ByteChannel channel) {
        this.channel = channel;
    }

    /** The header of a message of {@code length} bytes. */
    static ByteBuffer header(long length) {
        if (length <= Integer.MAX_VALUE) {
            return ByteBuffer.allocate(Integer.BYTES).putInt(0, (int) length);
        }
        return ByteBuffer.allocate(Integer.BYTES + Long.BYTES).putInt(0, LONG_LENGTH).putLong(Integer.BYTES, length);
    }

    /** Sends one message. */
    public void send(byte[] payload) throws IOException {
        send(payload, 0, payload.length);
    }

    /** Sends {@code length} bytes of {@code payload} from {@code offset} as one message. */
    public void send(byte[] payload, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, payload.length);
        ByteBuffer[] frame = {header(length), ByteBuffer.wrap(payload, offset, length)};
        sendLock.lock();
        try {
            if (channel instanceof GatheringByteChannel gathering) {
                while (frame[0].hasRemaining() || frame[1].hasRemaining()) {
                    gathering.write(frame);
                }
            } else {
                writeFully(frame[0]);
                writeFully(frame[1]);
            }
        } finally {
            sendLock.unlock();
        }
    }

    /**
     * Receives one message.
     *
     * @throws EOFException if the other end closed the channel before or inside a message
     */
    public byte[] recv() throws IOException {
        return recv(MAX_ARRAY_PAYLOAD);
    }

    /**
     * Receives one message of at most {@code maxLength} bytes: a longer one fails before
     * anything is allocated, and stays unread. The handshake reads with a small cap, so that
     * a peer that has not authenticated cannot make this process allocate a large buffer.
     *
     * @throws EOFException if the other end closed the channel before or inside a message
     * @throws TooLong if the message is longer than {@code maxLength}
     */
    public byte[] recv(long maxLength) throws IOException {
        recvLock.lock();
        try {
            long length = checkedLength(Math.min(maxLength, MAX_ARRAY_PAYLOAD));
            byte[] payload = new byte[(int) length];
            readPayload(payload, 0);
            return payload;
        } finally {
            recvLock.unlock();
        }
    }

    /**
     * Receives one message into {@code destination} from {@code offset}.
     *
     * @throws TooLong if the message is longer than the space there; it stays unread
     */
    public void recvInto(byte[] destination, int offset) throws IOException {
        Objects.checkIndex(offset, destination.length + 1);
        recvLock.lock();
        try {
            checkedLength(destination.length - offset);
            readPayload(destination, offset);
        } finally {
            recvLock.unlock();
        }
    }

    /**
     * The length of the next message, waiting for its header if need be; the message stays
     * unread.
     */
    public long nextLength() throws IOException {
        recvLock.lock();
        try {
            if (nextLength < 0) {
                ByteBuffer header = ByteBuffer.allocate(Integer.BYTES);
                readFully(header);
                long length = header.getInt(0);
                if (length == LONG_LENGTH) {
                    ByteBuffer longHeader = ByteBuffer.allocate(Long.BYTES);
                    readFully(longHeader);
                    length = longHeader.getLong(0);
                    if (length < 0) {
                        throw new Malformed("malformed message header: a length of " + Long.toUnsignedString(length)
                                + " bytes, over 2^63 - 1");
                    }
                } else if (length < 0) {
                    throw new Malformed("malformed message header: a length of " + length + " bytes");
                }
                nextLength = length;
            }
            return nextLength;
        } finally {
            recvLock.unlock();
        }
    }

    private long checkedLength(long limit) throws IOException {
        long length = nextLength();
        if (length > limit) {
            throw new TooLong(length, limit == MAX_ARRAY_PAYLOAD
                    ? "message of " + length + " bytes does not fit in one Java array"
                    : "message of " + length + " bytes, over the limit of " + limit + " bytes here");
        }
        return length;
    }

    private void readPayload(byte[] destination, int offset) throws IOException {
        int length = (int) nextLength;
        nextLength = -1;
        readFully(ByteBuffer.wrap(destination, offset, length));
    }

    private void writeFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private void readFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (ahead == null || buffer.remaining() >= ahead.capacity() && !ahead.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new EOFException("channel closed by the other end");
                }
            } else if (ahead.hasRemaining()) {
                int n = Math.min(ahead.remaining(), buffer.remaining());
                buffer.put(ahead.slice(ahead.position(), n));
                ahead.position(ahead.position() + n);
            } else {
                ahead.clear();
                int n = channel.read(ahead);
                ahead.flip();
                if (n < 0) {
                    throw new EOFException("channel closed by the other end");
                }
            }
        }
    }

    /**
     * From now on, a receive reads as many bytes as the stream has, up to {@code capacity},
     * and the next receives take their messages from those first: small messages that
     * arrive together cost one read, not two each (its header, then its payload). Call it
     * between messages, by the one user of a channel that nobody takes over: after it,
     * {@link #channel()} refuses.
     */
    public void readAhead(int capacity) {
        recvLock.lock();
        try {
            if (ahead == null) {
                ahead = ByteBuffer.allocate(capacity).flip();
            }
        } finally {
            recvLock.unlock();
        }
    }

    /**
     * The stream under the frames, for a caller that takes it over between two messages:
     * nothing is buffered here but a header read by {@link #nextLength()}.
     */
    public ByteChannel channel() {
        recvLock.lock();
        try {
            if (ahead != null) {
                throw new IllegalStateException("the channel reads ahead: its stream cannot be taken over");
            }
        } finally {
            recvLock.unlock();
        }
        return channel;
    }

    /** Whether the header of the next message is read already, so that its payload is all that is left. */
    public boolean lengthKnown() {
        recvLock.lock();
        try {
            return nextLength >= 0;
        } finally {
            recvLock.unlock();
        }
    }

    /** The address of the other end, for a socket; else null. */
    public SocketAddress remoteAddress() throws IOException {
        return channel instanceof SocketChannel socket ? socket.getRemoteAddress() : null;
    }

    /** Whether the channel is open at this end. */
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** A header that no sender writes: the stream is not in this framing. */
    public static final class Malformed extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /** A message longer than the receiver takes; it is still the next message. */
    public static final class TooLong extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final long length;

        TooLong(long length, String message) {
            super(message);
            this.length = length;
        }

        /** The length of the message. */
        public long length() {
            return length;
        }
    }
}
