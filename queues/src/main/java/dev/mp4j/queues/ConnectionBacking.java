package dev.mp4j.queues;

import java.io.Serializable;
import java.lang.foreign.MemorySegment;

/**
 * What a {@link Connection} runs on: a socket ({@link SocketConnectionBacking}), the rings of
 * a spawn pipe ({@link RingConnection}) or the queues of a threads pipe
 * ({@link LocalConnection}). A backing moves byte messages; serialization of objects is
 * {@link Connection}'s, the same over every backing. Errors are the public ones, with the
 * words of {@link Connection}'s documentation; arguments are checked there. Serializable for
 * the ends of a spawn pipe, which travel; the others refuse in {@code writeObject}.
 */
interface ConnectionBacking extends Serializable {

    /** Sends all of {@code message} as one message. */
    void sendBytes(MemorySegment message);

    /** Sends {@code size} bytes of {@code buffer} from {@code offset} as one message. */
    default void sendBytes(byte[] buffer, int offset, int size) {
        sendBytes(MemorySegment.ofArray(buffer).asSlice(offset, size));
    }

    /** The next message, if it is at most {@code maxLength} bytes; a longer one stays unread. */
    byte[] recvBytes(long maxLength);

    /**
     * Receives the next message into {@code buffer} from {@code offset}; its length. One that
     * does not fit is received whole into the {@link BufferTooShort} thrown.
     */
    long recvBytesInto(MemorySegment buffer, long offset);

    /** {@link #recvBytesInto(MemorySegment, long)} into an array. */
    default int recvBytesInto(byte[] buffer, int offset) {
        return (int) recvBytesInto(MemorySegment.ofArray(buffer), offset);
    }

    /** Whether there is something to receive (a message, or the other end's close) within {@code nanos}, a {@code Timeouts} value. */
    boolean poll(long nanos);

    /** How many threads wait in a receive or poll at this end. */
    int queueLength();

    /** Whether this end is closed. */
    boolean closed();

    /** Closes this end. Idempotent. */
    void close();
}
