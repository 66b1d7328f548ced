package dev.mp4j.queues;

import dev.mp4j.core.internal.Timeouts;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ByteChannel;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * A connected socket in non-blocking mode, with blocking reads and writes over selectors,
 * and one interruptible wait with a timeout: {@link #awaitReadable}. A blocking socket read
 * can neither time out nor be interrupted without closing the socket; here the wait for the
 * first byte of a message can, and the reads and writes of a message, once begun, are not
 * interrupted (an interrupt during them is kept for the caller), so no message is cut.
 *
 * <p>One thread reads at a time and one writes at a time ({@link
 * dev.mp4j.core.internal.spawn.FramedChannel} serialises each); {@link #close()} from any
 * thread wakes both.
 */
final class SelectableSocket implements ByteChannel, GatheringByteChannel {

    private final SocketChannel socket;
    private final Selector readable;
    private final Selector writable;

    SelectableSocket(SocketChannel socket) throws IOException {
        this.socket = socket;
        socket.configureBlocking(false);
        this.readable = Selector.open();
        this.writable = Selector.open();
        socket.register(readable, SelectionKey.OP_READ);
        socket.register(writable, SelectionKey.OP_WRITE);
    }

    /**
     * Whether a byte, or the end of the stream, is there to read within {@code nanos} (a
     * {@link Timeouts} value).
     *
     * @throws InterruptedException if interrupted while waiting
     */
    boolean awaitReadable(long nanos) throws IOException, InterruptedException {
        long start = System.nanoTime();
        while (true) {
            long left = Timeouts.remaining(start, nanos);
            int ready = select(readable, left);
            if (ready > 0) {
                return true;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (left == 0) {
                return false;
            }
        }
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        while (true) {
            int n = socket.read(destination);
            if (n != 0 || !destination.hasRemaining()) {
                return n;
            }
            awaitUninterruptibly(readable);
        }
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        return (int) write(new ByteBuffer[] {source}, 0, 1);
    }

    @Override
    public long write(ByteBuffer[] sources) throws IOException {
        return write(sources, 0, sources.length);
    }

    @Override
    public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
        while (true) {
            long n = socket.write(sources, offset, length);
            if (n != 0 || !hasRemaining(sources, offset, length)) {
                return n;
            }
            awaitUninterruptibly(writable);
        }
    }

    private static boolean hasRemaining(ByteBuffer[] buffers, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (buffers[i].hasRemaining()) {
                return true;
            }
        }
        return false;
    }

    /** Waits until {@code selector}'s one key is ready; an interrupt meanwhile is kept for later. */
    private void awaitUninterruptibly(Selector selector) throws IOException {
        boolean interrupted = false;
        try {
            while (select(selector, Long.MAX_VALUE) == 0) {
                // An interrupt wakes select without clearing the flag: clear it, or this spins.
                interrupted |= Thread.interrupted();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private int select(Selector selector, long nanos) throws IOException {
        if (!socket.isOpen()) {
            throw new AsynchronousCloseException();
        }
        try {
            int ready = nanos == 0 ? selector.selectNow()
                    : Timeouts.unlimited(nanos) ? selector.select()
                    : selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999)));
            selector.selectedKeys().clear();
            return ready;
        } catch (ClosedSelectorException e) {
            throw new AsynchronousCloseException();
        }
    }

    @Override
    public boolean isOpen() {
        return socket.isOpen();
    }

    /** Closes the socket and wakes a reader or writer blocked on it. */
    @Override
    public void close() throws IOException {
        try {
            socket.close();
        } finally {
            readable.close();
            writable.close();
        }
    }
}
