package dev.mp4j.queues;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;

/**
 * What a {@link Connection} runs on: a socket ({@link SocketConnectionBacking}), the rings of
 * a spawn pipe ({@link RingConnection}), the queues of a threads pipe
 * ({@link LocalConnection}) or a context engine's pipe ({@link EngineConnection}). A backing
 * moves byte messages; serialization of objects is {@link Connection}'s, the same over every
 * backing. Errors are the public ones, with the words of {@link Connection}'s documentation;
 * arguments are checked there. Serializable for the ends of a spawn or an engine pipe, which
 * travel; the others refuse in {@code writeObject}.
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
     * does not fit is received whole into the {@link BufferTooShort} thrown. By default by way
     * of an array, as a socket or a heap queue has its bytes anyway.
     */
    default long recvBytesInto(MemorySegment buffer, long offset) {
        byte[] message = recvBytes(Long.MAX_VALUE);
        long space = buffer.byteSize() - offset;
        if (message.length > space) {
            throw new BufferTooShort(message, space);
        }
        MemorySegment.copy(MemorySegment.ofArray(message), 0, buffer, offset, message.length);
        return message.length;
    }

    /** {@link #recvBytesInto(MemorySegment, long)} into an array. */
    default int recvBytesInto(byte[] buffer, int offset) {
        return (int) recvBytesInto(MemorySegment.ofArray(buffer), offset);
    }

    /** Whether there is something to receive (a message, or the other end's close) within {@code nanos}, a {@code Timeouts} value. */
    boolean poll(long nanos);

    /** For {@link Connection#await}: ready when {@code poll()} would be true. */
    default Waitable waitable() {
        return Waitable.polled(() -> poll(0));
    }

    /** How many threads wait in a receive or poll at this end. */
    int queueLength();

    /** Whether this end is closed. */
    boolean closed();

    /** Closes this end. Idempotent. */
    void close();

    /** The error of a receive whose next message, of {@code length} bytes, is longer than {@code maxLength}: it stays unread. */
    static UncheckedIOException tooLong(long length, long maxLength, IOException cause) {
        return new UncheckedIOException("the next message is " + length + " bytes, longer than the maximum of " + maxLength
                + "; it stays unread (" + (maxLength < MAX_ARRAY ? "recvBytes() without a maximum"
                        : "recvBytesInto(MemorySegment)") + " receives it)",
                cause != null ? cause : new IOException("message too long"));
    }

    /** The longest message an array holds. */
    long MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** The error of a one-way pipe's end used the wrong way: end 0 (conn1) only receives, end 1 only sends. */
    static IllegalStateException wrongWay(int end) {
        String[] can = end == 0 ? new String[] {"receives", "send"} : new String[] {"sends", "receive"};
        return new IllegalStateException("end " + (end + 1) + " (conn" + (end + 1) + ") of a one-way pipe only " + can[0]
                + "; it cannot " + can[1] + " (Pipe(duplex=false): conn1 receives, conn2 sends)");
    }
}
