package dev.mp4j.queues;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.serial.NotTransferableException;
import dev.mp4j.core.internal.spawn.FramedChannel;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A connection over a stream socket (Unix domain or TCP) in CPython's framing, as given by
 * {@link Listener#accept()} and {@link Client}, once the handshake is done.
 *
 * <p>A receiver waits for the first byte of a message in {@link SelectableSocket#awaitReadable}
 * (which times out and is interrupted without harm), then reads the whole message. The end
 * of the peer, by close or by death, is the end of the socket's stream: the kernel closes a
 * dead process's sockets, so a read sees end-of-stream (or a reset) and becomes
 * {@link EOFError}.
 */
final class SocketConnectionBacking implements ConnectionBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient SelectableSocket socket;
    private final transient FramedChannel channel;
    /** Held by one receiver at a time, for its whole wait and read. */
    private final transient ReentrantLock receiving = new ReentrantLock();
    /** Threads in a receive or poll that have no message yet. */
    private final transient AtomicInteger waiting = new AtomicInteger();
    private volatile boolean closed;

    /** Takes over the socket under {@code handshaken}, between two messages. */
    SocketConnectionBacking(FramedChannel handshaken) throws IOException {
        this.socket = new SelectableSocket((SocketChannel) handshaken.channel());
        this.channel = new FramedChannel(socket);
    }

    /** A socket copies through its buffers anyway: the segment goes by way of an array. */
    @Override
    public void sendBytes(MemorySegment message) {
        if (message.byteSize() > FramedChannel.MAX_ARRAY_PAYLOAD) {
            throw new IllegalArgumentException("a message of " + message.byteSize() + " bytes is more than a socket"
                    + " connection sends at once (" + FramedChannel.MAX_ARRAY_PAYLOAD + ")");
        }
        byte[] bytes = message.toArray(ValueLayout.JAVA_BYTE);
        sendBytes(bytes, 0, bytes.length);
    }

    @Override
    public void sendBytes(byte[] buffer, int offset, int size) {
        checkOpen();
        try {
            channel.send(buffer, offset, size);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public byte[] recvBytes(long maxLength) {
        lockReceiving();
        try {
            awaitMessage(Long.MAX_VALUE);
            return channel.recv(maxLength);
        } catch (FramedChannel.TooLong e) {
            throw ConnectionBacking.tooLong(e.length(), maxLength, e);
        } catch (IOException e) {
            throw translate(e);
        } finally {
            receiving.unlock();
        }
    }

    @Override
    public int recvBytesInto(byte[] buffer, int offset) {
        lockReceiving();
        try {
            awaitMessage(Long.MAX_VALUE);
            long length = channel.nextLength();
            try {
                channel.recvInto(buffer, offset);
            } catch (FramedChannel.TooLong e) {
                throw new BufferTooShort(channel.recv(), buffer.length - offset);
            }
            return (int) length;
        } catch (IOException e) {
            throw translate(e);
        } finally {
            receiving.unlock();
        }
    }

    @Override
    public boolean poll(long nanos) {
        long start = System.nanoTime();
        checkOpen();
        waiting.incrementAndGet();
        try {
            if (!receiving.tryLock(nanos, TimeUnit.NANOSECONDS)) {
                waiting.decrementAndGet();
                return false;
            }
        } catch (InterruptedException e) {
            waiting.decrementAndGet();
            throw interrupted(e);
        }
        try {
            return awaitMessage(Timeouts.remaining(start, nanos));
        } catch (IOException e) {
            throw translate(e);
        } finally {
            receiving.unlock();
        }
    }

    /**
     * Whether a message (or the end of the stream) is there to read within {@code nanos}. The
     * caller holds {@link #receiving} and counts in {@link #waiting}, which this ends.
     */
    private boolean awaitMessage(long nanos) throws IOException {
        try {
            checkOpen();
            return channel.lengthKnown() || socket.awaitReadable(nanos);
        } catch (InterruptedException e) {
            throw interrupted(e);
        } finally {
            waiting.decrementAndGet();
        }
    }

    private static InterruptedError interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new InterruptedError(e);
    }

    private void lockReceiving() {
        checkOpen();
        waiting.incrementAndGet();
        try {
            receiving.lockInterruptibly();
        } catch (InterruptedException e) {
            waiting.decrementAndGet();
            throw interrupted(e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the connection is closed");
        }
    }

    private RuntimeException translate(IOException e) {
        if (closed) {
            return new IllegalStateException("the connection is closed", e);
        }
        if (e instanceof FramedChannel.Malformed) {
            return new UncheckedIOException("the other end does not speak the connection protocol: " + e.getMessage(), e);
        }
        if (e instanceof FramedChannel.TooLong) {
            return new UncheckedIOException(e.getMessage(), e);
        }
        // End of stream, a reset or a broken pipe: on a connected socket, all mean the peer is gone.
        return new EOFError("the other end of the connection is closed, or its process ended: " + e.getMessage(), e);
    }

    @Serial
    private void writeObject(ObjectOutputStream stream) throws NotTransferableException {
        throw new NotTransferableException(Connection.class,
                "a Connection of a socket cannot travel to another process; connect from there with Client");
    }

    @Override
    public int queueLength() {
        return waiting.get();
    }

    @Override
    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            // closing: nothing to do
        }
    }
}
