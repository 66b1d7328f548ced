package dev.mp4j.queues;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.spawn.FramedChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A connection over a stream socket (Unix domain or TCP) in CPython's framing, as given by
 * {@link Listener#accept()} and {@link Client}.
 *
 * <p>The end of the peer, by close or by death, is the end of the socket's stream: the
 * kernel closes a dead process's sockets, so a read sees end-of-stream (or a reset) and
 * becomes {@link EOFError}.
 */
final class SocketConnectionBacking implements ConnectionBacking {

    /*
     * Waiting for a message. A blocking socket read cannot time out, and an interrupted one
     * closes the channel. So a receiver never waits in a read: the header of the next message
     * is read by a virtual thread, and the receiver waits for that read's future, which a
     * timeout or an interrupt abandons without harm. A wait that gave up leaves the read
     * running, and the next wait takes over its future; the header it read stays with the
     * channel until the message is received. Only the payload, which follows its header at
     * once, is read in the receiver's thread.
     */

    private final FramedChannel channel;
    /** Held by one receiver at a time, for its whole wait and read. */
    private final ReentrantLock receiving = new ReentrantLock();
    /** The read of the next header: running, or done and not yet consumed; null when none. Guarded by receiving. */
    private CompletableFuture<Long> header;
    private volatile boolean closed;

    SocketConnectionBacking(FramedChannel channel) {
        this.channel = channel;
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
            awaitHeader(Long.MAX_VALUE);
            byte[] message = channel.recv(maxLength);
            header = null;
            return message;
        } catch (FramedChannel.TooLong e) {
            throw new UncheckedIOException("the next message is " + e.length() + " bytes, longer than the maximum of "
                    + maxLength + "; it stays unread (recvBytes() without a maximum receives it)", e);
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
            long length = awaitHeader(Long.MAX_VALUE);
            try {
                channel.recvInto(buffer, offset);
            } catch (FramedChannel.TooLong e) {
                byte[] whole = channel.recv();
                header = null;
                throw new BufferTooShort(whole, buffer.length - offset);
            }
            header = null;
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
        try {
            if (!receiving.tryLock(Timeouts.remaining(start, nanos), TimeUnit.NANOSECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedError(e);
        }
        try {
            return awaitHeader(Timeouts.remaining(start, nanos)) >= 0;
        } catch (IOException e) {
            // The other end is gone: there is something to receive, its EOFError.
            return true;
        } finally {
            receiving.unlock();
        }
    }

    /**
     * The length of the next message, once its header is read, waiting at most {@code nanos};
     * -1 if the time ran out. The caller holds {@link #receiving}.
     */
    private long awaitHeader(long nanos) throws IOException {
        checkOpen();
        if (header == null) {
            CompletableFuture<Long> read = new CompletableFuture<>();
            header = read;
            Thread.ofVirtual().name("mp4j-connection-recv").start(() -> {
                try {
                    read.complete(channel.nextLength());
                } catch (Throwable t) {
                    read.completeExceptionally(t);
                }
            });
        }
        try {
            return Timeouts.unlimited(nanos) ? header.get() : header.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedError(e);
        } catch (ExecutionException e) {
            // Each later wait reads again, and finds the same end of stream.
            header = null;
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("reading a message header failed", e.getCause());
        }
    }

    private void lockReceiving() {
        checkOpen();
        try {
            receiving.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedError(e);
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
        if (e instanceof ClosedByInterruptException) {
            // The JDK closed the channel and set the interrupt flag.
            closed = true;
            InterruptedError error = new InterruptedError(new InterruptedException("interrupted while sending"));
            error.addSuppressed(e);
            return error;
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
