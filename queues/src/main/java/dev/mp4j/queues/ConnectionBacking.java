package dev.mp4j.queues;

/**
 * What a {@link Connection} runs on: a socket today ({@link SocketConnectionBacking}), a
 * mapped ring later. A backing moves byte messages; serialization of objects is
 * {@link Connection}'s, the same over every backing. Errors are the public ones, with
 * the words of {@link Connection}'s documentation.
 */
interface ConnectionBacking {

    /** Sends {@code size} bytes of {@code buffer} from {@code offset} as one message. */
    void sendBytes(byte[] buffer, int offset, int size);

    /** The next message, if it is at most {@code maxLength} bytes; a longer one stays unread. */
    byte[] recvBytes(long maxLength);

    /** Receives the next message into {@code buffer} from {@code offset}; its length. */
    int recvBytesInto(byte[] buffer, int offset);

    /** Whether there is something to receive (a message, or the other end's close) within {@code nanos}, a {@code Timeouts} value. */
    boolean poll(long nanos);

    /** How many threads wait in a receive or poll at this end. */
    int queueLength();

    /** Whether this end is closed. */
    boolean closed();

    /** Closes this end. Idempotent. */
    void close();
}
