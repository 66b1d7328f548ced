package dev.mp4j.cluster;

import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.queues.spi.PipeEnd;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteAtomicLong;
import org.apache.ignite.IgniteException;
import org.apache.ignite.IgniteQueue;
import org.apache.ignite.IgniteSet;
import org.apache.ignite.configuration.CollectionConfiguration;

/**
 * One end of a cluster context's {@link dev.mp4j.queues.Pipe}. Each direction is an
 * {@link IgniteQueue} (one backup) of the pieces of messages, at most {@link #PIECE} bytes
 * each, the first leading with the message's length, and a count of its bytes, so that a
 * sender waits once 1 MiB is unread, as a socket's buffer bounds it; a message larger than
 * that streams through, read as it is written. Two senders at one end at once would
 * interleave their pieces, as Python's pipes tear messages that two processes write at once. Each end has a set of its <em>holders</em>, cluster-wide: a
 * copy of the end holds it from when it is made or deserialized until it is closed or
 * garbage-collected, and a copy on its way (serialized, not yet read) counts as held by the
 * sender. The other end is gone, and a receive there ends in EOF after the last message,
 * once no holder's node is in the cluster: a holder on a node that left (SIGKILL included)
 * counts for nothing. Ignite's queue cannot be woken by a close: a blocked receive waits in
 * slices of {@link ClusterQueue#SLICE_NANOS}, a poll or a full sender in slices of
 * {@link #LOOK_MILLIS}, and each looks at the ends between them.
 *
 * <p>A message too long for a receive's {@code maxLength} is taken from the cluster's queue
 * and kept by this copy of the end, next for its receives (two JVMs receiving at one end
 * would tear a stream apart anyway, as Python warns of its pipes).
 */
final class ClusterPipeEnd extends ClusterHandle implements PipeEnd {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The bytes one direction holds before a sender waits, as the other contexts' pipes. */
    static final long BOUND = 1 << 20;
    /** The largest piece of a message in the cluster's queue: a larger message goes in pieces, read as they arrive. */
    static final int PIECE = 256 << 10;
    /** How often a poll, or a sender waiting for room, looks again. */
    static final long LOOK_MILLIS = 10;
    private static final Cleaner CLEANER = Cleaner.create();

    /** 0 for conn1, 1 for conn2. */
    private final int index;
    private final boolean duplex;

    private transient Cleaner.Cleanable holding;
    private transient volatile boolean closed;
    private transient ReentrantLock receiving;
    private transient byte[] unread;
    private transient IgniteSet<String>[] holderSets;
    private transient IgniteQueue<byte[]>[] queues;
    private transient IgniteAtomicLong[] counts;

    private ClusterPipeEnd(Ignite ignite, boolean duplex) {
        super(ignite, "pipe");
        this.index = 0;
        this.duplex = duplex;
        hold(holderId());
    }

    private ClusterPipeEnd(ClusterPipeEnd first) {
        super(first);
        this.index = 1;
        this.duplex = first.duplex;
        hold(holderId());
    }

    /** A new pipe's two ends, both held by this JVM. */
    static ClusterPipeEnd[] pipe(Ignite ignite, boolean duplex) {
        ClusterPipeEnd first = new ClusterPipeEnd(ignite, duplex);
        return new ClusterPipeEnd[] {first, new ClusterPipeEnd(first)};
    }

    private String holderId() {
        return ignite().cluster().localNode().id() + "/" + UUID.randomUUID();
    }

    /** This copy holds the end as {@code id}, until it is closed or becomes garbage. */
    private void hold(String id) {
        receiving = new ReentrantLock();
        IgniteSet<String> set = holders(index);
        deaf(() -> set.add(id));
        holding = CLEANER.register(this, new Release(set, id));
    }

    /** Removes a holder from its end's set: at a close, or once its copy is garbage. */
    private record Release(IgniteSet<String> set, String id) implements Runnable {
        @Override
        public void run() {
            try {
                deaf(() -> set.remove(id));
            } catch (IgniteException | IllegalStateException e) {
                // The node stopped: the cluster forgets its holders with it.
            }
        }
    }

    /** The holders of end {@code end}; made once per copy. */
    @SuppressWarnings("unchecked")
    private IgniteSet<String> holders(int end) {
        if (holderSets == null) {
            holderSets = new IgniteSet[2];
        }
        if (holderSets[end] == null) {
            holderSets[end] = made(ClusterStructures.Kind.SET, name + ".holders" + end,
                    () -> ignite().set(name + ".holders" + end, new CollectionConfiguration().setBackups(1)));
        }
        return holderSets[end];
    }

    /** The messages to end {@code end}; made once per copy. */
    @SuppressWarnings("unchecked")
    private IgniteQueue<byte[]> to(int end) {
        if (queues == null) {
            queues = new IgniteQueue[2];
        }
        if (queues[end] == null) {
            queues[end] = made(ClusterStructures.Kind.QUEUE, name + ".to" + end,
                    () -> ignite().queue(name + ".to" + end, 0, new CollectionConfiguration().setBackups(1)));
        }
        return queues[end];
    }

    /** The bytes in the queue to end {@code end}. */
    private IgniteAtomicLong bytesTo(int end) {
        return cached(end, "bytes" + end);
    }

    /** The counter {@code suffix}, in slot {@code slot} of this copy's (bytes to each end, waiters at each end). */
    private IgniteAtomicLong cached(int slot, String suffix) {
        if (counts == null) {
            counts = new IgniteAtomicLong[4];
        }
        if (counts[slot] == null) {
            counts[slot] = counter(suffix);
        }
        return counts[slot];
    }

    private int other() {
        return 1 - index;
    }

    /** Whether no live node holds the other end. */
    private boolean otherGone() {
        return read(() -> {
            for (String h : holders(other())) {
                if (ignite().cluster().node(UUID.fromString(h.substring(0, h.indexOf('/')))) != null) {
                    return false;
                }
            }
            return true;
        });
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the connection is closed");
        }
    }

    @Override
    public boolean send(byte[] message) throws InterruptedException {
        checkOpen();
        if (otherGone()) {
            return false;
        }
        IgniteAtomicLong bytes = bytesTo(other());
        IgniteQueue<byte[]> q = to(other());
        // The first piece leads with the message's length; the rest follow it in the queue.
        int first = (int) Math.min(message.length, PIECE - Long.BYTES);
        byte[] piece = ByteBuffer.allocate(Long.BYTES + first).putLong(message.length).put(message, 0, first).array();
        for (int at = first; ; ) {
            if (!awaitRoom(bytes, piece.length)) {
                return false;
            }
            // Counted before it is visible, so that the receiver's count never goes below zero.
            int length = piece.length;
            deaf(() -> bytes.addAndGet(length));
            byte[] sent = piece;
            deafRun(() -> q.put(sent));
            if (at == message.length) {
                return true;
            }
            int next = Math.min(message.length - at, PIECE);
            piece = Arrays.copyOfRange(message, at, at + next);
            at += next;
        }
    }

    /** Waits until the direction has room for {@code length} bytes; false if the other end went meanwhile. */
    private boolean awaitRoom(IgniteAtomicLong bytes, int length) throws InterruptedException {
        if (hasRoom(bytes, length)) {
            return true;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before waiting to send on a cluster pipe");
        }
        try {
            do {
                Thread.sleep(LOOK_MILLIS);
                checkOpen();
                if (otherGone()) {
                    return false;
                }
            } while (!hasRoom(bytes, length));
            return true;
        } catch (RuntimeException e) {
            throw interrupted(e);
        }
    }

    private static boolean hasRoom(IgniteAtomicLong bytes, int length) {
        long held = read(bytes::get);
        return held == 0 || held + length <= BOUND;
    }

    @Override
    public byte[] recv(long maxLength) throws InterruptedException {
        receiving.lock();
        try {
            checkOpen();
            byte[] message = unread;
            if (message == null) {
                message = take();
                if (message == null) {
                    return null;
                }
            }
            unread = message.length > maxLength ? message : null;
            return message;
        } finally {
            receiving.unlock();
        }
    }

    /** The next whole message, waiting for its pieces; null once the other end is gone and none is left. */
    private byte[] take() throws InterruptedException {
        byte[] piece = takePiece();
        if (piece == null) {
            return null;
        }
        ByteBuffer first = ByteBuffer.wrap(piece);
        long length = first.getLong();
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a message of " + length + " bytes is longer than a Java array");
        }
        byte[] message = new byte[(int) length];
        int at = first.remaining();
        first.get(message, 0, at);
        while (at < message.length) {
            piece = takePiece();
            if (piece == null) {
                return null; // the sender went in the middle of its message
            }
            System.arraycopy(piece, 0, message, at, piece.length);
            at += piece.length;
        }
        return message;
    }

    /** The next piece from the cluster's queue, waiting for it; null once the other end is gone and none is left. */
    private byte[] takePiece() throws InterruptedException {
        IgniteQueue<byte[]> q = to(index);
        byte[] piece = deaf(q::poll);
        if (piece == null) {
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted before waiting on a cluster pipe");
            }
            IgniteAtomicLong w = waiters(index);
            deaf(w::incrementAndGet);
            try {
                while (piece == null) {
                    checkOpen();
                    if (otherGone()) {
                        // What the other end sent before it went still arrives.
                        piece = deaf(q::poll);
                        if (piece == null) {
                            return null;
                        }
                        break;
                    }
                    try {
                        piece = q.poll(ClusterQueue.SLICE_NANOS, TimeUnit.NANOSECONDS);
                    } catch (RuntimeException e) {
                        if (!topologyChanging(e)) {
                            throw e;
                        }
                        // A node left during the slice: the next look sees the cluster settled.
                    }
                }
            } catch (RuntimeException e) {
                throw interrupted(e);
            } finally {
                deaf(w::decrementAndGet);
            }
        }
        int length = piece.length;
        deaf(() -> bytesTo(index).addAndGet(-length));
        return piece;
    }

    @Override
    public boolean poll(long nanos) throws InterruptedException {
        checkOpen();
        if (ready()) {
            return true;
        }
        if (nanos == 0) {
            return false;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before polling a cluster pipe");
        }
        long start = System.nanoTime();
        IgniteAtomicLong w = waiters(index);
        deaf(w::incrementAndGet);
        try {
            while (true) {
                long left = Timeouts.remaining(start, nanos);
                if (left == 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(LOOK_MILLIS)));
                checkOpen();
                if (ready()) {
                    return true;
                }
            }
        } catch (RuntimeException e) {
            throw interrupted(e);
        } finally {
            deaf(w::decrementAndGet);
        }
    }

    private boolean ready() {
        return unread != null || read(() -> to(index).peek()) != null || otherGone();
    }

    /** The threads waiting at end {@code end}. */
    private IgniteAtomicLong waiters(int end) {
        return cached(2 + end, "waiters" + end);
    }

    @Override
    public int queueLength() {
        return (int) (long) deaf(() -> waiters(index).get());
    }

    @Override
    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            holding.clean();
        }
    }

    /** A copy on its way is held by the sender (a holder of its node) until the receiver reads it. */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        checkOpen();
        String inFlight = holderId();
        deaf(() -> holders(index).add(inFlight));
        out.defaultWriteObject();
        out.writeUTF(inFlight);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        String inFlight = in.readUTF();
        hold(holderId());
        deaf(() -> holders(index).remove(inFlight));
    }
}
