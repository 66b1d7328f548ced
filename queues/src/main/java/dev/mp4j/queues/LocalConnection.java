package dev.mp4j.queues;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.serial.NotTransferableException;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One end of a threads-context {@link Pipe}: a queue of byte arrays per direction, guarded by
 * a {@link ReentrantLock}, bounded in bytes as a socket's buffer is, so that a sender whose
 * peer does not read waits instead of filling the heap (a message larger than the bound
 * goes once the direction is empty). The other end is gone once its object is closed.
 */
final class LocalConnection implements ConnectionBacking, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The bytes one direction holds before a sender waits. */
    static final long BOUND = 1 << 20;

    private final transient Channel in;
    private final transient Channel out;
    private final transient int end;
    private volatile boolean closed;

    private LocalConnection(int end, Channel in, Channel out) {
        this.end = end;
        this.in = in;
        this.out = out;
    }

    /** The two ends of a new pipe. */
    static LocalConnection[] pipe(boolean duplex) {
        Channel toFirst = new Channel();
        Channel toSecond = duplex ? new Channel() : null;
        return new LocalConnection[] {new LocalConnection(0, toFirst, toSecond), new LocalConnection(1, toSecond, toFirst)};
    }

    @Override
    public void sendBytes(MemorySegment message) {
        checkOpen();
        check(out);
        // Copied before the lock: the caller may reuse its segment once this returns.
        out.put(message.toArray(ValueLayout.JAVA_BYTE));
    }

    @Override
    public byte[] recvBytes(long maxLength) {
        Channel channel = receiving();
        channel.lock.lock();
        try {
            byte[] message = channel.awaitMessage(this, Long.MAX_VALUE, true);
            if (message.length > maxLength) {
                throw ConnectionBacking.tooLong(message.length, maxLength, null);
            }
            return channel.take();
        } finally {
            channel.lock.unlock();
        }
    }

    @Override
    public boolean poll(long nanos) {
        Channel channel = receiving();
        channel.lock.lock();
        try {
            return channel.awaitMessage(this, nanos, false) != null || channel.senderClosed;
        } finally {
            channel.lock.unlock();
        }
    }

    private Channel receiving() {
        checkOpen();
        return check(in);
    }

    private Channel check(Channel channel) {
        if (channel == null) {
            throw ConnectionBacking.wrongWay(end);
        }
        return channel;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the connection is closed");
        }
    }

    @Override
    public int queueLength() {
        return in == null ? 0 : in.waiting;
    }

    @Override
    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (in != null) {
            in.end(false);
        }
        if (out != null) {
            out.end(true);
        }
    }

    @Serial
    private void writeObject(ObjectOutputStream stream) throws NotTransferableException {
        throw NotTransferableException.threadsContext(Connection.class);
    }

    /** One direction: the messages, their bytes, and which of its two ends has closed. */
    private static final class Channel {

        final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final ArrayDeque<byte[]> messages = new ArrayDeque<>();
        private long bytes;
        /** Guarded by {@link #lock}. */
        boolean senderClosed;
        private boolean receiverClosed;
        /** Threads of a receive or poll waiting for a message; guarded by the lock, read without it. */
        volatile int waiting;

        void put(byte[] message) {
            try {
                lock.lockInterruptibly();
            } catch (InterruptedException e) {
                throw new InterruptedError(e);
            }
            try {
                while (!receiverClosed && bytes > 0 && bytes + message.length > BOUND) {
                    changed.await();
                }
                if (receiverClosed) {
                    throw new EOFError("the other end of the pipe is closed");
                }
                messages.add(message);
                bytes += message.length;
                changed.signalAll();
            } catch (InterruptedException e) {
                throw new InterruptedError(e);
            } finally {
                lock.unlock();
            }
        }

        /**
         * The next message without taking it, waiting at most {@code nanos}; null if none
         * came or the sender closed, which throws EOFError for a {@code receive}. The lock is held.
         */
        byte[] awaitMessage(LocalConnection receiver, long nanos, boolean receive) {
            long start = System.nanoTime();
            while (messages.isEmpty()) {
                receiver.checkOpen();
                if (senderClosed) {
                    if (receive) {
                        throw new EOFError("the other end of the pipe is closed");
                    }
                    return null;
                }
                long remaining = Timeouts.remaining(start, nanos);
                if (remaining == 0) {
                    return null;
                }
                waiting++;
                try {
                    changed.await(remaining, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    throw new InterruptedError(e);
                } finally {
                    waiting--;
                }
            }
            return messages.peek();
        }

        /** Takes the next message; the lock is held and there is one. */
        byte[] take() {
            byte[] message = messages.remove();
            bytes -= message.length;
            changed.signalAll();
            return message;
        }

        /** The sender's end (or the receiver's) closed: every waiter looks again. */
        void end(boolean sender) {
            lock.lock();
            try {
                if (sender) {
                    senderClosed = true;
                } else {
                    receiverClosed = true;
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
