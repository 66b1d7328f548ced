package dev.mp4j.queues;

import dev.mp4j.core.internal.shm.ArenaLayout;
import java.nio.ByteOrder;

/**
 * The shared-memory format of a spawn-context queue: one block of kind {@code "QUEU"} (a
 * file of its own: the ring is larger than an arena block), a header of counters on lines
 * of their own, then a ring of {@code capacity} bytes holding records.
 *
 * <pre>
 *   0               16      20      24      28                                         128
 *   +---------------+-------+-------+-------+-------------------------------------------+
 *   | block header  |maxsize|capacty|shutdwn| (pad)                                     |
 *   +---------------+-------+-------+-------+-------------------------------------------+
 *   128     132     136     140                                                        256
 *   +-------+-------+-------+---------------------------------------------------------+
 *   | tail  | puts  |dataW  |  PRODUCED = tail | puts << 32, one long, producers only  |
 *   +-------+-------+-------+---------------------------------------------------------+
 *   256     260     264                                                                384
 *   +-------+-------+-------+---------------------------------------------------------+
 *   | head  | takes |roomW  |  CONSUMED = head | takes << 32, one long, consumers only |
 *   +-------+-------+-------+---------------------------------------------------------+
 *   384     388     392                                                                512
 *   +-------+-------+---------------------------------------------------------------+
 *   | done  |joinW  |   tasks marked done (JoinableQueue)                           |
 *   +-------+-------+---------------------------------------------------------------+
 *   512             520             528             536                            640
 *   +---------------+---------------+---------------+---------------+--------------+
 *   | writing (id)  | writer pid    | writer start  | next id       | (pad)        |
 *   +---------------+---------------+---------------+---------------+--------------+
 *   640: the ring, capacity bytes (a power of two), records at 8-byte boundaries:
 *   +--------+--------+-------------------------------+------+
 *   | length | type   | payload (length bytes)        | pad8 |  a record; it may wrap
 *   | int    | int    | BEGIN: id, total; MIDDLE/END: id; then the item's bytes
 *   +--------+--------+-------------------------------+------+
 * </pre>
 *
 * <ul>
 *   <li><b>Positions.</b> {@code tail} and {@code head} are byte positions that only grow,
 *       modulo 2^32; a position's index in the ring is {@code position & (capacity - 1)}.
 *       {@code tail - head} is the bytes in use. A record's header never wraps (everything is
 *       8-aligned), its payload may.</li>
 *   <li><b>PRODUCED</b> ({@code tail}, {@code puts}: items committed): written only by the
 *       holder of the queue's put lock, by one volatile store after the record's bytes, so a
 *       record and its count appear together or not at all; a producer killed before that
 *       store leaves nothing that any reader sees, and the next holder writes over it.
 *       {@code tail} is the futex word of consumers waiting for data ({@code dataW} of them).</li>
 *   <li><b>CONSUMED</b> ({@code head}, {@code takes}: items taken): written only by the
 *       holder of the get lock, by one volatile store once a record is read, so a consumer
 *       killed mid-read leaves the record for the next one. {@code head} is the futex word
 *       of producers waiting for room ({@code roomW}); every take moves it.
 *       {@code qsize = puts - takes}, read as CONSUMED, PRODUCED, CONSUMED again until the two
 *       reads of CONSUMED agree: a count that held at one instant, never negative.</li>
 *   <li><b>done</b>: tasks marked done, raised by CAS while {@code done < puts};
 *       {@code puts - done} is a JoinableQueue's unfinished count, and {@code done} the
 *       futex word of {@code join()} ({@code joinW} waiters).</li>
 *   <li><b>shutdown</b>: 0, then 1 for good (volatile). A shutdown wakes every sleeper; one
 *       that read its futex word just before it may sleep one slice more (20 ms) before it
 *       sees the flag.</li>
 *   <li><b>Records.</b> An item whose bytes fit in {@link #maxPiece} is one WHOLE record.
 *       A larger one is a BEGIN record (its id and total length), MIDDLE records and an END
 *       record, each carrying the id, committed one by one while a consumer reads them; only
 *       END raises {@code puts}. While it writes them the producer names the message in
 *       {@code writing} and itself in {@code writer pid/start} (its claim): a consumer that
 *       waits for the next piece gives the message up when {@code writing} moves on (the
 *       producer timed out or saw a shutdown) or the writer is dead, and skips the pieces
 *       of a message whose BEGIN it did not read (its reader died).</li>
 * </ul>
 */
final class RingLayout {

    static final String KIND = "QUEU";

    static final long MAXSIZE = ArenaLayout.BLOCK_WORDS;
    static final long CAPACITY = 20;
    static final long SHUTDOWN = 24;

    static final long PRODUCED = 128;
    static final long DATA_WAITERS = 136;
    static final long CONSUMED = 256;
    static final long ROOM_WAITERS = 264;
    static final long DONE = 384;
    static final long JOIN_WAITERS = 388;
    static final long WRITING = 512;
    static final long WRITER_PID = 520;
    static final long WRITER_START = 528;
    static final long NEXT_ID = 536;
    static final long RING = 640;

    /** The low half of PRODUCED and CONSUMED: the position, and the futex word. */
    static final long POSITION_HALF = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? 0 : 4;
    static final long TAIL = PRODUCED + POSITION_HALF;
    static final long HEAD = CONSUMED + POSITION_HALF;

    static final int HEADER = 8;
    static final int WHOLE = 1;
    static final int BEGIN = 2;
    static final int MIDDLE = 3;
    static final int END = 4;
    /** BEGIN: long id, long total length. */
    static final int BEGIN_EXTRA = 16;
    /** MIDDLE and END: long id. */
    static final int PIECE_EXTRA = 8;

    static final int MIN_CAPACITY = 4096;
    static final int MAX_CAPACITY = 1 << 30;
    /** The ring of a queue unless {@code -Dmp4j.queue.ringBytes} says otherwise. */
    static final int DEFAULT_CAPACITY = 1 << 20;

    private RingLayout() {}

    /** The block size of a queue whose ring holds {@code capacity} bytes. */
    static long size(int capacity) {
        return RING + capacity;
    }

    /**
     * Checks a ring capacity.
     *
     * @throws IllegalArgumentException naming the rule it breaks
     */
    static int checkCapacity(long capacity) {
        if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY || Long.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("a queue's or pipe's ring holds a power of two of bytes from " + MIN_CAPACITY
                    + " to " + MAX_CAPACITY + ": " + capacity);
        }
        return (int) capacity;
    }

    /** The largest record payload: a quarter of the ring, so a producer and a consumer work on it at once. */
    static int maxPiece(int capacity) {
        return capacity / 4 - HEADER;
    }

    /** The ring bytes a record of {@code payload} bytes takes: its header and payload, to 8. */
    static int recordBytes(int payload) {
        return HEADER + (payload + 7 & ~7);
    }

    static long word(int position, int count) {
        return (long) count << 32 | (position & 0xFFFF_FFFFL);
    }

    static int position(long word) {
        return (int) word;
    }

    static int count(long word) {
        return (int) (word >>> 32);
    }
}
