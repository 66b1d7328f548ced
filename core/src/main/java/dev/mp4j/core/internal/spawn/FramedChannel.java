package dev.mp4j.core.internal.spawn;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Messages over a byte stream, each one an 8-byte big-endian length and its payload. The
 * length is 64-bit on the wire so the format has no 2 GiB limit; a single in-memory
 * message is limited by the largest Java array, and a larger one is refused with a clear
 * error before anything is sent.
 *
 * <p>One thread may send while another receives; sends are serialised with a lock, and so
 * are receives.
 */
public final class FramedChannel implements AutoCloseable {

    /** The largest payload that fits in one Java array. */
    public static final long MAX_ARRAY_PAYLOAD = Integer.MAX_VALUE - 8;

    private final ByteChannel channel;
    private final ReentrantLock sendLock = new ReentrantLock();
    private final ReentrantLock recvLock = new ReentrantLock();

    public FramedChannel(ByteChannel channel) {
        this.channel = channel;
    }

    /** Sends one message. */
    public void send(byte[] payload) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(Long.BYTES).putLong(0, payload.length);
        ByteBuffer body = ByteBuffer.wrap(payload);
        sendLock.lock();
        try {
            writeFully(header);
            writeFully(body);
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
     * Receives one message of at most {@code maxLength} bytes: a longer length header fails
     * before anything is allocated. The handshake reads with a small cap, so that a peer that
     * has not authenticated cannot make this process allocate a large buffer.
     *
     * @throws EOFException if the other end closed the channel before or inside a message
     * @throws IOException if the message is longer than {@code maxLength}
     */
    public byte[] recv(long maxLength) throws IOException {
        recvLock.lock();
        try {
            ByteBuffer header = ByteBuffer.allocate(Long.BYTES);
            readFully(header);
            long length = header.getLong(0);
            if (length < 0 || length > maxLength) {
                throw new IOException(maxLength == MAX_ARRAY_PAYLOAD
                        ? "message of " + length + " bytes does not fit in one Java array"
                        : "message of " + length + " bytes, over the limit of " + maxLength + " bytes here");
            }
            ByteBuffer body = ByteBuffer.allocate((int) length);
            readFully(body);
            return body.array();
        } finally {
            recvLock.unlock();
        }
    }

    private void writeFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private void readFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("channel closed by the other end");
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
