package dev.mp4j.queues;

import static dev.mp4j.queues.PipeLayout.HEAD;
import static dev.mp4j.queues.PipeLayout.NEXT_ID;
import static dev.mp4j.queues.PipeLayout.TAIL;
import static dev.mp4j.queues.RingLayout.BEGIN;
import static dev.mp4j.queues.RingLayout.BEGIN_EXTRA;
import static dev.mp4j.queues.RingLayout.END;
import static dev.mp4j.queues.RingLayout.HEADER;
import static dev.mp4j.queues.RingLayout.MIDDLE;
import static dev.mp4j.queues.RingLayout.PIECE_EXTRA;
import static dev.mp4j.queues.RingLayout.WHOLE;
import static dev.mp4j.queues.RingLayout.recordBytes;

import dev.mp4j.core.Context;
import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.ProcessIdentity;
import dev.mp4j.core.internal.shm.SharedBlock;
import dev.mp4j.sync.Lock;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One end of a spawn-context {@link Pipe}: rings in mapped memory ({@link PipeLayout}), one
 * per direction, shared by every JVM that holds an end.
 *
 * <p><b>Send.</b> Take the direction's send lock (a robust {@code sync} {@link Lock}: a
 * sender killed holding it is taken over); wait for room for the record; write it in place
 * after {@code tail}, straight from the caller's segment; commit it by one store of
 * {@code tail}; wake a sleeping receiver. A message larger than a quarter of the ring goes
 * in pieces, each committed as soon as it is written, the lock held throughout.
 *
 * <p><b>Receive.</b> Take the receive lock; wait for a record; read the message's length
 * from its first record (so that a too-long message stays unread); copy the records
 * straight into the caller's segment, committing {@code head} after each.
 *
 * <p><b>The other end</b> is gone once no live process holds it ({@link PipeHolders}): each
 * object of an end is a reference of its process from its creation or deserialization until
 * {@link #close()} or its garbage collection, and a serialized copy is one more reference of
 * the sending process until a process deserializes it, so that a parent may close its copy
 * of the child's end right after {@code start()}, as Python programs do.
 *
 * <p>Serialized as a handle: the block's, the end and its locks.
 */
final class RingConnection extends MappedHandle implements ConnectionBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final ProcessIdentity ME = ProcessIdentity.current();
    private static final Cleaner CLEANER = Cleaner.create();

    private final int end;
    /** Null where this end does not send (or receive): a one-way pipe. */
    private final Lock sendLock;
    private final Lock receiveLock;
    /** The process of this object: the sender, in a serialized copy. */
    private final long holderPid;

    private final transient int mask;
    private final transient int maxPiece;
    private final transient long in;
    private final transient long out;
    private final transient long inRing;
    private final transient long outRing;
    private final transient MemorySegment inBytes;
    private final transient MemorySegment outBytes;
    private final transient PipeHolders peer;
    /** What this end waits for, and the waits of the other end that it wakes. */
    private final transient PipeWaits.Data data;
    private final transient PipeWaits.Room room;
    private final transient PipeWaits.Data peerData;
    private final transient PipeWaits.Room peerRoom;
    private final transient AtomicBoolean closed;
    private final transient Cleaner.Cleanable release;
    /**
     * In the creating JVM, every lock of the pipe. A lock's memory lives while its creator
     * holds it, like the pipe's: so either end kept here keeps the other end's locks too, and
     * a child goes on sending after the parent has closed and dropped the child's end.
     */
    @SuppressWarnings("unused")
    private final transient Lock[] pipeLocks;

    private RingConnection(SharedBlock block, int end, Lock sendLock, Lock receiveLock, Lock[] pipeLocks) {
        super(block);
        this.pipeLocks = pipeLocks;
        this.end = end;
        this.sendLock = sendLock;
        this.receiveLock = receiveLock;
        this.holderPid = ME.pid();
        int capacity = RingLayout.checkCapacity(words.getInt(PipeLayout.CAPACITY));
        boolean duplex = words.getInt(PipeLayout.DUPLEX) != 0;
        this.mask = capacity - 1;
        this.maxPiece = RingLayout.maxPiece(capacity);
        int inDirection = duplex ? end : 0;
        int outDirection = duplex ? 1 - end : 0;
        this.in = PipeLayout.direction(inDirection);
        this.out = PipeLayout.direction(outDirection);
        this.inRing = PipeLayout.ring(inDirection, capacity);
        this.outRing = PipeLayout.ring(outDirection, capacity);
        this.inBytes = words.segment().asSlice(inRing, capacity);
        this.outBytes = words.segment().asSlice(outRing, capacity);
        this.peer = new PipeHolders(words, 1 - end);
        this.closed = new AtomicBoolean();
        AtomicBoolean flag = closed;
        // The waits of every direction, on both futex words, for close to wake them all.
        PipeWaits.PipeWait[] all = new PipeWaits.PipeWait[duplex ? 4 : 2];
        for (int d = 0; d < all.length / 2; d++) {
            long at = PipeLayout.direction(d);
            all[2 * d] = new PipeWaits.Data(block, at, new PipeHolders(words, 1 - d), flag::get);
            all[2 * d + 1] = new PipeWaits.Room(block, at, capacity, new PipeHolders(words, d), flag::get);
        }
        this.data = (PipeWaits.Data) all[2 * inDirection];
        this.room = (PipeWaits.Room) all[2 * outDirection + 1];
        this.peerData = (PipeWaits.Data) all[2 * outDirection];
        this.peerRoom = (PipeWaits.Room) all[2 * inDirection + 1];
        PipeHolders mine = new PipeHolders(words, end);
        mine.hold();
        this.release = CLEANER.register(this, () -> {
            if (flag.compareAndSet(false, true)) {
                mine.release(ME.pid());
                for (PipeWaits.PipeWait wait : all) {
                    wait.wake();
                }
            }
        });
    }

    /** The two ends of a new pipe whose rings hold {@code capacity} bytes each. */
    static RingConnection[] pipe(boolean duplex, int capacity) {
        RingLayout.checkCapacity(capacity);
        SharedBlock block = SharedBlock.allocate(PipeLayout.KIND, PipeLayout.size(capacity, duplex ? 2 : 1));
        block.words().setInt(PipeLayout.DUPLEX, duplex ? 1 : 0);
        block.words().setIntRelease(PipeLayout.CAPACITY, capacity);
        Context spawn = Context.spawn();
        Lock toFirst = new Lock(spawn);
        Lock fromFirst = new Lock(spawn);
        Lock toSecond = duplex ? new Lock(spawn) : null;
        Lock fromSecond = duplex ? new Lock(spawn) : null;
        Lock[] all = {toFirst, fromFirst, toSecond, fromSecond};
        return new RingConnection[] {
            new RingConnection(block, 0, toSecond, fromFirst, all),
            new RingConnection(block, 1, toFirst, fromSecond, all),
        };
    }

    @Override
    protected String kind() {
        return PipeLayout.KIND;
    }

    /** In the receiving JVM: a reference of its own, and the sender's reference for the copy given back. */
    @Override
    protected RingConnection attach(SharedBlock block) {
        RingConnection here = new RingConnection(block, end, sendLock, receiveLock, null);
        new PipeHolders(here.words, end).release(holderPid);
        return here;
    }

    @Serial
    private void writeObject(ObjectOutputStream stream) throws IOException {
        checkOpen();
        new PipeHolders(words, end).hold();
        stream.defaultWriteObject();
    }

    // ---- send ----

    @Override
    public void sendBytes(MemorySegment message) {
        checkOpen();
        checkCan(sendLock);
        sendLock.acquire();
        boolean interrupted = false;
        try {
            if (!peer.anyClaimed()) {
                throw gone();
            }
            long total = message.byteSize();
            if (total <= maxPiece) {
                awaitRoom(recordBytes((int) total), true);
                write(WHOLE, 0, total, message, 0, (int) total);
                return;
            }
            long id = words.getLong(out + NEXT_ID) + 1;
            words.setLong(out + NEXT_ID, id);
            for (long at = 0; at < total; ) {
                boolean begin = at == 0;
                int extra = begin ? BEGIN_EXTRA : PIECE_EXTRA;
                int chunk = (int) Math.min(total - at, maxPiece - extra);
                // Once the first piece is out the message is written whole: an interrupt waits.
                interrupted |= awaitRoom(recordBytes(extra + chunk), begin);
                write(begin ? BEGIN : at + chunk == total ? END : MIDDLE, id, total, message, at, chunk);
                at += chunk;
            }
        } finally {
            sendLock.release();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until {@code need} bytes are free; whether an interrupt was set aside ({@code interruptible} false). */
    private boolean awaitRoom(int need, boolean interruptible) {
        boolean interrupted = false;
        while (!room.ready(need)) {
            try {
                room.await(need, Long.MAX_VALUE);
            } catch (InterruptedException e) {
                if (interruptible) {
                    throw new InterruptedError(e);
                }
                interrupted = true;
                continue;
            }
            checkOpen();
            if (!room.ready(need)) {
                throw gone();
            }
        }
        return interrupted;
    }

    /** Writes one record at {@code tail} and commits it; a WHOLE record carries no id. */
    private void write(int type, long id, long total, MemorySegment message, long from, int chunk) {
        int tail = words.getIntVolatile(out + TAIL);
        int extra = type == WHOLE ? 0 : type == BEGIN ? BEGIN_EXTRA : PIECE_EXTRA;
        words.setInt(outRing + (tail & mask), extra + chunk);
        words.setInt(outRing + (tail & mask) + 4, type);
        if (type != WHOLE) {
            words.setLong(outRing + (tail + HEADER & mask), id);
        }
        if (type == BEGIN) {
            words.setLong(outRing + (tail + HEADER + 8 & mask), total);
        }
        RingCopy.in(outBytes, tail + HEADER + extra, message, from, chunk);
        words.setIntVolatile(out + TAIL, tail + recordBytes(extra + chunk));
        peerData.wake();
    }

    // ---- receive ----

    @Override
    public byte[] recvBytes(long maxLength) {
        lockReceive();
        try {
            while (true) {
                long length = next(Long.MAX_VALUE);
                if (length > Math.min(maxLength, MAX_ARRAY)) {
                    throw ConnectionBacking.tooLong(length, Math.min(maxLength, MAX_ARRAY), null);
                }
                byte[] message = new byte[(int) length];
                if (read(MemorySegment.ofArray(message), 0)) {
                    return message;
                }
            }
        } finally {
            receiveLock.release();
        }
    }

    @Override
    public long recvBytesInto(MemorySegment buffer, long offset) {
        lockReceive();
        try {
            while (true) {
                long length = next(Long.MAX_VALUE);
                long space = buffer.byteSize() - offset;
                if (length > space) {
                    if (length > MAX_ARRAY) {
                        throw ConnectionBacking.tooLong(length, MAX_ARRAY, null);
                    }
                    byte[] whole = new byte[(int) length];
                    if (read(MemorySegment.ofArray(whole), 0)) {
                        throw new BufferTooShort(whole, space);
                    }
                } else if (read(buffer, offset)) {
                    return length;
                }
            }
        } finally {
            receiveLock.release();
        }
    }

    private void lockReceive() {
        checkOpen();
        checkCan(receiveLock);
        receiveLock.acquire();
    }

    /**
     * The length of the next message, waiting at most {@code nanos} for it; -1 if none came.
     * Skips the pieces of a message whose start a reader before this one took (it died).
     * The receive lock is held.
     *
     * @throws EOFError if the ring is empty and the other end gone
     */
    private long next(long nanos) {
        long start = System.nanoTime();
        while (true) {
            int head = words.getIntVolatile(in + HEAD);
            if (words.getIntVolatile(in + TAIL) != head) {
                int length = words.getInt(inRing + (head & mask));
                int type = words.getInt(inRing + (head & mask) + 4);
                switch (type) {
                    case WHOLE -> {
                        return length;
                    }
                    case BEGIN -> {
                        return words.getLong(inRing + (head + HEADER + 8 & mask));
                    }
                    case MIDDLE, END -> commitHead(head + recordBytes(length));
                    default -> throw corrupt(type, head);
                }
                continue;
            }
            checkOpen();
            if (!peer.anyClaimed()) {
                throw gone();
            }
            long remaining = Timeouts.remaining(start, nanos);
            if (remaining == 0) {
                return -1;
            }
            try {
                data.await(0, remaining);
            } catch (InterruptedException e) {
                throw new InterruptedError(e);
            }
        }
    }

    /**
     * Reads the message at {@code head} (a WHOLE or BEGIN record) into {@code buffer} from
     * {@code offset}, which has room for it; false if it was dropped half-way because its
     * writer died (the next message follows). Interrupts once it has begun are kept for later.
     */
    private boolean read(MemorySegment buffer, long offset) {
        int head = words.getIntVolatile(in + HEAD);
        int length = words.getInt(inRing + (head & mask));
        if (words.getInt(inRing + (head & mask) + 4) == WHOLE) {
            RingCopy.out(inBytes, head + HEADER, buffer, offset, length);
            commitHead(head + recordBytes(length));
            return true;
        }
        long id = words.getLong(inRing + (head + HEADER & mask));
        long total = words.getLong(inRing + (head + HEADER + 8 & mask));
        RingCopy.out(inBytes, head + HEADER + BEGIN_EXTRA, buffer, offset, length - BEGIN_EXTRA);
        long filled = length - BEGIN_EXTRA;
        commitHead(head + recordBytes(length));
        boolean interrupted = false;
        try {
            while (filled < total) {
                head = words.getIntVolatile(in + HEAD);
                if (words.getIntVolatile(in + TAIL) == head) {
                    checkOpen();
                    if (!peer.anyClaimed()) {
                        throw new EOFError("the other end of the pipe closed or ended in the middle of a message of "
                                + total + " bytes");
                    }
                    try {
                        data.await(id, Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                    continue;
                }
                length = words.getInt(inRing + (head & mask));
                int type = words.getInt(inRing + (head & mask) + 4);
                if (type == WHOLE || type == BEGIN) {
                    return false;
                }
                if (type != MIDDLE && type != END) {
                    throw corrupt(type, head);
                }
                if (words.getLong(inRing + (head + HEADER & mask)) == id) {
                    RingCopy.out(inBytes, head + HEADER + PIECE_EXTRA, buffer, offset + filled, length - PIECE_EXTRA);
                    filled += length - PIECE_EXTRA;
                }
                commitHead(head + recordBytes(length));
            }
            return true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void commitHead(int head) {
        words.setIntVolatile(in + HEAD, head);
        peerRoom.wake();
    }

    // ---- the rest ----

    @Override
    public boolean poll(long nanos) {
        checkOpen();
        checkCan(receiveLock);
        boolean ready;
        try {
            ready = data.await(0, nanos);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
        checkOpen();
        return ready;
    }

    /** Ready as {@link #poll} is: a record, the other end gone, or this object closed. */
    @Override
    public Waitable waitable() {
        checkOpen();
        checkCan(receiveLock);
        return new Waitable(() -> data.tryAcquire(0), data, 0);
    }

    @Override
    public int queueLength() {
        return receiveLock == null ? 0 : receiveLock.getQueueLength() + data.waiterCount();
    }

    @Override
    public boolean closed() {
        return closed.get();
    }

    /** Drops this object's reference to its end, and wakes every waiter of the pipe to look again. */
    @Override
    public void close() {
        release.clean();
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the connection is closed");
        }
        checkLive();
    }

    private void checkCan(Lock lock) {
        if (lock == null) {
            throw ConnectionBacking.wrongWay(end);
        }
    }

    private EOFError gone() {
        return new EOFError("the other end of the pipe is closed, or every process that held it ended");
    }

    private IllegalStateException corrupt(int type, int head) {
        return new IllegalStateException("the pipe's shared memory is corrupt: record type " + type + " at position "
                + Integer.toUnsignedString(head));
    }
}
