package dev.mp4j.queues;

import dev.mp4j.core.internal.shm.ArenaLayout;

/**
 * The shared-memory format of a spawn-context {@link Pipe}: one block of kind {@code "PIPE"}
 * (a file of its own), the holders of each end, then one ring per direction. The rings hold
 * the records of {@link RingLayout} (WHOLE, or BEGIN, MIDDLE..., END; 8-aligned headers),
 * without a queue's counters: a pipe needs only its positions.
 *
 * <pre>
 *   0               16      20      24                                                 128
 *   +---------------+-------+-------+--------------------------------------------------+
 *   | block header  |capacty|duplex | (pad)                                            |
 *   +---------------+-------+-------+--------------------------------------------------+
 *   128: the holders of end 0 (conn1), 16 slots; 384: those of end 1 (conn2)
 *   +---------------------------+---------------+
 *   | pid &lt;&lt; 20 | refs (long)   | start (long)  |  a slot, 16 bytes; 0: free
 *   +---------------------------+---------------+
 *   640 + 256 d: direction d, the messages end d receives (d = 0, and d = 1 if duplex)
 *   +-------+-------+---------------+-------------------------------------------------+
 *   | tail  |dataW  | next id       | (pad to 128)        written by the senders      |
 *   +-------+-------+---------------+-------------------------------------------------+
 *   | head  |roomW  | (pad to 128)                        written by the receivers    |
 *   +-------+-------+---------------------------------------------------------------+
 *   1152 + capacity d: the ring of direction d, capacity bytes (a power of two)
 * </pre>
 *
 * <ul>
 *   <li><b>Positions.</b> {@code tail} and {@code head} only grow, modulo 2^32, as in a
 *       queue; {@code tail} is the futex word of receivers waiting for a record
 *       ({@code dataW} of them), {@code head} that of senders waiting for room
 *       ({@code roomW}). A send commits a record by one volatile store of {@code tail} after
 *       its bytes; a receive frees it by one store of {@code head}.</li>
 *   <li><b>Pieces.</b> A message larger than {@link RingLayout#maxPiece} goes as BEGIN (id,
 *       total length: 64 bits), MIDDLE and END records (id), each committed as soon as there
 *       is room, while the receiver reads the earlier ones. A receiver that finds a WHOLE or
 *       BEGIN record in the middle of a message drops the part it read (its writer died and
 *       the send lock passed on); one that finds a MIDDLE or END without its BEGIN skips it
 *       (the reader before it died).</li>
 *   <li><b>Holders.</b> A slot names a process that holds the end (pid and start time) and
 *       how many references it has: its open objects for the end, and copies it serialized
 *       that no process has deserialized yet. Slots change by CAS of the first word only;
 *       {@code refs} 0 means the slot is being claimed or freed (its start may be stale).
 *       The other end sees EOF once no slot of this end names a live process.</li>
 * </ul>
 */
final class PipeLayout {

    static final String KIND = "PIPE";

    static final long CAPACITY = ArenaLayout.BLOCK_WORDS;
    static final long DUPLEX = CAPACITY + 4;

    static final long HOLDERS = 128;
    static final int SLOTS = 16;
    static final long SLOT_BYTES = 16;
    static final long SLOT_START = 8;
    static final long HOLDERS_BYTES = SLOTS * SLOT_BYTES;
    static final int REF_BITS = 20;
    static final long REF_MASK = (1L << REF_BITS) - 1;

    static final long DIRECTIONS = HOLDERS + 2 * HOLDERS_BYTES;
    static final long DIRECTION_BYTES = 256;
    /** Offsets in a direction's header. */
    static final long TAIL = 0;
    static final long DATA_WAITERS = 4;
    static final long NEXT_ID = 8;
    static final long HEAD = 128;
    static final long ROOM_WAITERS = 132;

    static final long RINGS = DIRECTIONS + 2 * DIRECTION_BYTES;

    /** The ring of each direction unless {@code -Dmp4j.pipe.ringBytes} says otherwise. */
    static final int DEFAULT_CAPACITY = 1 << 20;

    private PipeLayout() {}

    /** The block size of a pipe with {@code directions} rings of {@code capacity} bytes. */
    static long size(int capacity, int directions) {
        return RINGS + (long) capacity * directions;
    }

    /** The first word of end {@code end}'s holder slot {@code slot}. */
    static long slot(int end, int slot) {
        return HOLDERS + end * HOLDERS_BYTES + slot * SLOT_BYTES;
    }

    /** The header of direction {@code d} (the messages end {@code d} receives). */
    static long direction(int d) {
        return DIRECTIONS + d * DIRECTION_BYTES;
    }

    /** The ring of direction {@code d}. */
    static long ring(int d, int capacity) {
        return RINGS + (long) d * capacity;
    }

    static long holder(long pid, int refs) {
        return pid << REF_BITS | refs;
    }

    static long pid(long slot) {
        return slot >>> REF_BITS;
    }

    static int refs(long slot) {
        return (int) (slot & REF_MASK);
    }
}
