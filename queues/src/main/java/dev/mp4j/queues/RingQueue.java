package dev.mp4j.queues;

import static dev.mp4j.queues.RingLayout.BEGIN;
import static dev.mp4j.queues.RingLayout.BEGIN_EXTRA;
import static dev.mp4j.queues.RingLayout.CONSUMED;
import static dev.mp4j.queues.RingLayout.END;
import static dev.mp4j.queues.RingLayout.HEADER;
import static dev.mp4j.queues.RingLayout.MIDDLE;
import static dev.mp4j.queues.RingLayout.NEXT_ID;
import static dev.mp4j.queues.RingLayout.PIECE_EXTRA;
import static dev.mp4j.queues.RingLayout.PRODUCED;
import static dev.mp4j.queues.RingLayout.RING;
import static dev.mp4j.queues.RingLayout.SHUTDOWN;
import static dev.mp4j.queues.RingLayout.TAIL;
import static dev.mp4j.queues.RingLayout.WHOLE;
import static dev.mp4j.queues.RingLayout.WRITER_PID;
import static dev.mp4j.queues.RingLayout.WRITER_START;
import static dev.mp4j.queues.RingLayout.WRITING;
import static dev.mp4j.queues.RingLayout.count;
import static dev.mp4j.queues.RingLayout.position;
import static dev.mp4j.queues.RingLayout.recordBytes;
import static dev.mp4j.queues.RingLayout.word;

import dev.mp4j.core.Context;
import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.ProcessIdentity;
import dev.mp4j.core.internal.shm.SharedBlock;
import dev.mp4j.queues.spi.QueueBacking;
import dev.mp4j.sync.Lock;
import java.io.Serial;
import java.lang.foreign.MemorySegment;
import java.time.Duration;

/**
 * The spawn-context queues: a ring of records in mapped memory ({@link RingLayout}), shared
 * by every JVM that maps it, with a put lock and a get lock of {@code sync} (robust: a
 * process killed holding one is taken over by the next acquirer).
 *
 * <p><b>Put.</b> Encode the item (before any lock); wait, without the lock, until there
 * is room for its first record and a slot under maxsize; take the put lock and look again
 * (another producer may have taken the room); write the record in place after
 * {@code tail}; commit it and the count by one store of PRODUCED; release; wake a sleeping
 * consumer (after the release, so that no producer waits while the wake call runs). An item larger than a quarter of the ring goes as pieces, each committed once there is
 * room, the put lock held throughout.
 *
 * <p><b>Get.</b> Take the get lock; wait, holding it, until {@code tail != head}; read the
 * record at {@code head}; commit by one store of CONSUMED; release; wake sleeping producers;
 * decode (after the lock). Reading a message in pieces ignores the get's timeout and
 * interrupts while the writer is alive and still on it, since a message half read cannot be
 * given back.
 *
 * <p>Serialized as a handle: the block's, and the two locks'.
 */
final class RingQueue extends MappedHandle implements QueueBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How long a put or get that must not wait waits for the lock another put or get holds to copy a record. */
    private static final Duration LOCK_PATIENCE = Duration.ofMillis(10);
    private static final ProcessIdentity ME = ProcessIdentity.current();

    private final Lock putLock;
    private final Lock getLock;
    private final String type;

    private final transient int capacity;
    private final transient int mask;
    private final transient int maxsize;
    private final transient int maxPiece;
    private final transient MemorySegment ring;
    private final transient RingWaits.Data data;
    private final transient RingWaits.Room room;
    private final transient RingWaits.Tasks tasks;
    /**
     * The last tail this handle's consumers read. The tail only grows, so records up to it
     * are committed, and a get reads PRODUCED, the line producers write, only once it has
     * taken them all. Read and written under the get lock.
     */
    private transient int seenTail;

    private RingQueue(SharedBlock block, Lock putLock, Lock getLock, String type) {
        super(block);
        this.putLock = putLock;
        this.getLock = getLock;
        this.type = type;
        this.capacity = RingLayout.checkCapacity(words.getInt(RingLayout.CAPACITY));
        this.mask = capacity - 1;
        this.maxsize = words.getInt(RingLayout.MAXSIZE);
        this.maxPiece = RingLayout.maxPiece(capacity);
        this.ring = words.segment().asSlice(RING, capacity);
        this.data = new RingWaits.Data(block);
        this.room = new RingWaits.Room(block, capacity, maxsize);
        this.tasks = new RingWaits.Tasks(block);
    }

    /** A new queue bounded to {@code maxsize} items (0: unbounded) with a ring of {@code capacity} bytes. */
    static RingQueue create(int maxsize, int capacity, Class<?> type) {
        RingLayout.checkCapacity(capacity);
        SharedBlock block = SharedBlock.allocate(RingLayout.KIND, RingLayout.size(capacity));
        block.words().setInt(RingLayout.MAXSIZE, maxsize);
        block.words().setIntRelease(RingLayout.CAPACITY, capacity);
        Context spawn = Context.spawn();
        return new RingQueue(block, new Lock(spawn), new Lock(spawn), type.getSimpleName());
    }

    @Override
    protected String kind() {
        return RingLayout.KIND;
    }

    @Override
    protected RingQueue attach(SharedBlock block) {
        return new RingQueue(block, putLock, getLock, type);
    }

    // ---- put ----

    @Override
    public boolean offer(Object item, long nanos) {
        checkLive();
        byte[] bytes = ItemCodec.encode(item, type);
        long start = System.nanoTime();
        boolean whole = bytes.length <= maxPiece;
        int firstChunk = whole ? bytes.length : maxPiece - BEGIN_EXTRA;
        long need = recordBytes(whole ? bytes.length : BEGIN_EXTRA + firstChunk) | RingWaits.Room.SLOT;
        while (true) {
            checkNotShutdown();
            if (!awaitRoom(need, start, nanos) || !acquire(putLock, start, nanos)) {
                return false;
            }
            boolean wrote = false;
            try {
                checkNotShutdown();
                if (room.free(need)) {
                    if (!whole) {
                        return writePieces(bytes, firstChunk, start, nanos);
                    }
                    writeWhole(bytes);
                    wrote = true;
                }
            } finally {
                putLock.release();
            }
            if (wrote) {
                // After the release: a wake call, when a consumer sleeps, is no time another producer waits for.
                data.wake();
                return true;
            }
            // Another producer took the room between the wait and the lock: wait again.
        }
    }

    /** Writes and commits a WHOLE record; the put lock is held and its room is free. The caller wakes consumers. */
    private void writeWhole(byte[] bytes) {
        long produced = words.getLongVolatile(PRODUCED);
        int tail = position(produced);
        words.setInt(RING + (tail & mask), bytes.length);
        words.setInt(RING + (tail & mask) + 4, WHOLE);
        RingCopy.in(ring, tail + HEADER, bytes, 0, bytes.length);
        words.setLongVolatile(PRODUCED, word(tail + recordBytes(bytes.length), count(produced) + 1));
    }

    /** Writes a message as BEGIN, MIDDLE..., END; the put lock is held and the first piece's room is free. */
    private boolean writePieces(byte[] bytes, int firstChunk, long start, long nanos) {
        long id = words.getLong(NEXT_ID) + 1;
        words.setLong(NEXT_ID, id);
        words.setLongVolatile(WRITER_PID, ME.pid());
        words.setLongVolatile(WRITER_START, ME.startMillis());
        words.setLongVolatile(WRITING, id);
        boolean finished = false;
        try {
            int at = 0;
            while (at < bytes.length) {
                boolean begin = at == 0;
                int extra = begin ? BEGIN_EXTRA : PIECE_EXTRA;
                int chunk = begin ? firstChunk : Math.min(bytes.length - at, maxPiece - extra);
                boolean end = at + chunk == bytes.length;
                if (!begin) {
                    if (!awaitRoom(recordBytes(extra + chunk), start, nanos)) {
                        return false;
                    }
                    checkNotShutdown();
                }
                long produced = words.getLongVolatile(PRODUCED);
                int tail = position(produced);
                words.setInt(RING + (tail & mask), extra + chunk);
                words.setInt(RING + (tail & mask) + 4, begin ? BEGIN : end ? END : MIDDLE);
                words.setLong(RING + (tail + HEADER & mask), id);
                if (begin) {
                    words.setLong(RING + (tail + HEADER + 8 & mask), bytes.length);
                }
                RingCopy.in(ring, tail + HEADER + extra, bytes, at, chunk);
                words.setLongVolatile(PRODUCED, word(tail + recordBytes(extra + chunk), count(produced) + (end ? 1 : 0)));
                data.wake();
                at += chunk;
            }
            finished = true;
            return true;
        } finally {
            // Done or given up (timeout, shutdown, interrupt): a reader waiting for more stops.
            words.setLongVolatile(WRITING, 0L);
            if (!finished) {
                data.wake();
            }
        }
    }

    private boolean awaitRoom(long need, long start, long nanos) {
        try {
            return room.await(need, Timeouts.remaining(start, nanos));
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
    }

    // ---- get ----

    @Override
    public Object poll(long nanos) {
        checkLive();
        long start = System.nanoTime();
        if (words.getIntVolatile(SHUTDOWN) != 0 && size() == 0) {
            throw shutDown();
        }
        if (!acquire(getLock, start, nanos)) {
            return TIMED_OUT;
        }
        byte[] bytes;
        try {
            bytes = take(start, nanos);
        } finally {
            getLock.release();
        }
        if (bytes == null) {
            return TIMED_OUT;
        }
        // The wake for the last record's room, after the release (a piece's came at once).
        room.wake();
        return ItemCodec.decode(bytes);
    }

    /** Reads the next message, holding the get lock; null on timeout. */
    private byte[] take(long start, long nanos) {
        byte[] message = null;
        long id = 0;
        int filled = 0;
        boolean interrupted = false;
        try {
            while (true) {
                long consumed = words.getLongVolatile(CONSUMED);
                int head = position(consumed);
                if (seenTail - head <= 0) {
                    seenTail = words.getIntVolatile(TAIL);
                }
                if (seenTail == head) {
                    if (id != 0) {
                        try {
                            data.await(id, Long.MAX_VALUE);
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                        // The writer's flag first: a writer that finished committed its END before clearing it.
                        if (data.writerDead(id) && words.getIntVolatile(TAIL) == head) {
                            message = null;
                            id = 0;
                        }
                        continue;
                    }
                    if (words.getIntVolatile(SHUTDOWN) != 0) {
                        throw shutDown();
                    }
                    if (interrupted) {
                        interrupted = false;
                        throw new InterruptedError(new InterruptedException());
                    }
                    long remaining = Timeouts.remaining(start, nanos);
                    try {
                        if (remaining == 0 || !data.await(0, remaining)) {
                            return null;
                        }
                    } catch (InterruptedException e) {
                        throw new InterruptedError(e);
                    }
                    continue;
                }
                int at = head & mask;
                int length = words.getInt(RING + at);
                int kind = words.getInt(RING + at + 4);
                int next = head + recordBytes(length);
                switch (kind) {
                    case WHOLE -> {
                        byte[] bytes = RingCopy.out(ring, head + HEADER, new byte[length], 0, length);
                        words.setLongVolatile(CONSUMED, word(next, count(consumed) + 1));
                        return bytes;
                    }
                    case BEGIN -> {
                        id = words.getLong(RING + (head + HEADER & mask));
                        long total = words.getLong(RING + (head + HEADER + 8 & mask));
                        if (total > Integer.MAX_VALUE - 8) {
                            throw new IllegalStateException(type + " holds an item of " + total + " bytes, more than a Java array holds");
                        }
                        message = new byte[(int) total];
                        filled = length - BEGIN_EXTRA;
                        RingCopy.out(ring, head + HEADER + BEGIN_EXTRA, message, 0, filled);
                        commitTake(next, count(consumed));
                    }
                    case MIDDLE, END -> {
                        long piece = words.getLong(RING + (head + HEADER & mask));
                        boolean mine = id != 0 && piece == id;
                        if (mine) {
                            RingCopy.out(ring, head + HEADER + PIECE_EXTRA, message, filled, length - PIECE_EXTRA);
                            filled += length - PIECE_EXTRA;
                        }
                        // An END commits its item's take even when skipped: puts counted it.
                        commitTake(next, count(consumed) + (kind == END ? 1 : 0));
                        if (mine && kind == END) {
                            return message;
                        }
                    }
                    default -> throw new IllegalStateException(type + "'s shared memory is corrupt: record type " + kind
                            + " at position " + Integer.toUnsignedString(head));
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void commitTake(int head, int takes) {
        words.setLongVolatile(CONSUMED, word(head, takes));
        room.wake();
    }

    // ---- the rest ----

    /** Takes {@code lock} within what is left of the call's time; a call that must not wait still waits {@link #LOCK_PATIENCE}. */
    private static boolean acquire(Lock lock, long start, long nanos) {
        if (Timeouts.unlimited(nanos)) {
            lock.acquire();
            return true;
        }
        long remaining = nanos == 0 ? LOCK_PATIENCE.toNanos() : Timeouts.remaining(start, nanos);
        return remaining > 0 && lock.acquire(Duration.ofNanos(remaining));
    }

    @Override
    public int size() {
        while (true) {
            long consumed = words.getLongVolatile(CONSUMED);
            long produced = words.getLongVolatile(PRODUCED);
            if (words.getLongVolatile(CONSUMED) == consumed) {
                return count(produced) - count(consumed);
            }
        }
    }

    @Override
    public int maxsize() {
        return maxsize;
    }

    @Override
    public void shutdown(boolean immediate) {
        checkLive();
        words.setIntVolatile(SHUTDOWN, 1);
        data.wake();
        room.wake();
        if (immediate) {
            getLock.acquire();
            int dropped = 0;
            try {
                long consumed = words.getLongVolatile(CONSUMED);
                int tail = words.getIntVolatile(TAIL);
                for (int head = position(consumed); head != tail; head += recordBytes(words.getInt(RING + (head & mask)))) {
                    int kind = words.getInt(RING + (head & mask) + 4);
                    if (kind == WHOLE || kind == END) {
                        dropped++;
                    }
                }
                commitTake(tail, count(consumed) + dropped);
            } finally {
                getLock.release();
            }
            tasks.markDone(dropped, false);
        }
    }

    @Override
    public boolean isShutdown() {
        return words.getIntVolatile(SHUTDOWN) != 0;
    }

    private void checkNotShutdown() {
        if (words.getIntVolatile(SHUTDOWN) != 0) {
            throw shutDown();
        }
    }

    private ShutDown shutDown() {
        return new ShutDown(type + " is shut down");
    }

    @Override
    public void taskDone() {
        checkLive();
        tasks.markDone(1, true);
    }

    @Override
    public boolean join(long nanos) {
        try {
            return tasks.await(0, nanos);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
    }

    @Override
    public int unfinishedTasks() {
        return tasks.unfinished();
    }

    /** Ready when a consumer's wait for data would end: a record, or a shutdown. */
    /** For {@link Connection#await}: ready when a get would not block, woken by the ring's futex. */
    Waitable waitable() {
        checkLive();
        return new Waitable(() -> data.tryAcquire(0), data, 0);
    }

    @Override
    public int waiterCount() {
        return putLock.getQueueLength() + getLock.getQueueLength() + data.waiterCount() + room.waiterCount()
                + tasks.waiterCount();
    }
}
