package dev.mp4j.queues;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.serial.Serialization;
import java.io.UncheckedIOException;
import java.io.Serial;
import java.io.Serializable;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One end of a message channel, as Python's {@code multiprocessing.connection.Connection}:
 * whole messages, objects or raw bytes, in the order they were sent. {@link Pipe#open}
 * gives two connected ends, {@link Listener#accept()} and {@link Client#connect} one end of
 * a socket.
 *
 * <pre>{@code
 * try (Connection conn = Client.connect("localhost:6000", key)) {
 *     conn.send(List.of(1, "two", 3.0));                 // any Serializable
 *     Object reply = conn.recv();
 *     conn.sendBytes("raw".getBytes(US_ASCII));           // a Python peer's recv_bytes() gets b'raw'
 *     if (conn.poll(Duration.ofSeconds(1))) { byte[] b = conn.recvBytes(); }
 * }
 * }</pre>
 *
 * <p><b>Messages.</b> {@link #send} serializes an object with Java serialization in the
 * caller's thread (an object that cannot be serialized fails there, with the path of the
 * field that broke it, and nothing is sent), and {@link #recv} deserializes it through
 * mp4j's {@code ObjectInputFilter}. {@link #sendBytes}/{@link #recvBytes} move raw bytes,
 * unchanged: that is what a Python peer can exchange with a Java one. A message sent by
 * {@code send} is received by {@code recv}, one sent by {@code sendBytes} by
 * {@code recvBytes} or {@link #recvBytesInto}. {@link #sendBytes(MemorySegment)} and
 * {@link #recvBytesInto(MemorySegment, long)} move bytes from and into a segment (mapped,
 * native or an array's): over a spawn pipe they copy straight between the segment and the
 * pipe's shared memory, with no array in between; a socket copies through its buffers.
 *
 * <p><b>Blocking.</b> The receiving methods block until a message arrives. A timeout of zero
 * or less does not wait; one too long for a {@code long} of nanoseconds waits without limit.
 * An interrupt while waiting for a message restores the interrupt flag and throws
 * {@link InterruptedError}; the connection stays usable and the message that was awaited is
 * not lost. Once a message has begun to arrive, or to leave, it is read or written whole:
 * an interrupt then is kept (the flag stays set) and does not cut the message. A send returns
 * once the message is handed to the operating system; it blocks only while the peer does not
 * read and the socket's buffer (a pipe's ring: 1 MiB each way) is full, until the peer reads
 * or either end closes.
 *
 * <p><b>Thread safety.</b> One thread may send while another receives; concurrent senders
 * are serialized, and so are concurrent receivers, a message at a time.
 *
 * <p><b>Memory consistency effects:</b> actions of a thread before it sends a message
 * happen-before the actions that follow the receipt of that message, in any thread of any
 * process.
 *
 * <p><b>Across processes.</b> The two ends may be in different JVMs, or one in a Python
 * process. When the other end closes its end, or its process ends in any way (even by
 * SIGKILL: the kernel closes its sockets), every receive after the last message throws
 * {@link EOFError}; a send may still succeed once into the socket's buffer before the loss
 * shows, and then throws {@code EOFError} too. A socket's {@code Connection} does not travel
 * to another process: connect from there with {@link Client}. The ends of a spawn
 * {@link Pipe} travel anywhere (see there for when "the other end" is gone); those of a
 * threads pipe fail at once, saying to create the pipe with {@code Context.spawn()}.
 *
 * @see Listener
 * @see Client
 */
public final class Connection implements AutoCloseable, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ConnectionBacking backing;

    Connection(ConnectionBacking backing) {
        this.backing = backing;
    }

    /**
     * Sends {@code obj} as one message, serialized in this thread.
     *
     * @throws dev.mp4j.core.SerializationError if {@code obj} cannot be serialized, naming the
     *     path of fields to what broke it; nothing is sent
     * @throws EOFError if the other end is gone
     * @throws IllegalStateException if this end is closed
     */
    public void send(Object obj) {
        byte[] bytes = Serialization.serialize(obj, "the object sent");
        backing.sendBytes(bytes, 0, bytes.length);
    }

    /**
     * Receives the next message sent with {@link #send}, blocking until it arrives.
     *
     * @throws EOFError if the other end is gone and every message it sent was received
     * @throws dev.mp4j.core.SerializationError if the message is not a serialized object, or
     *     the filter refuses one of its classes
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     * @throws IllegalStateException if this end is closed
     */
    public Object recv() {
        return Serialization.deserialize(backing.recvBytes(Long.MAX_VALUE), "the object received");
    }

    /** Sends all of {@code buffer} as one message of raw bytes. */
    public void sendBytes(byte[] buffer) {
        sendBytes(buffer, 0, buffer.length);
    }

    /**
     * Sends {@code size} bytes of {@code buffer} from {@code offset} as one message of raw
     * bytes (Python's {@code send_bytes(buf, offset, size)}).
     *
     * @throws IndexOutOfBoundsException if the range is not inside {@code buffer}
     * @throws EOFError if the other end is gone
     * @throws IllegalStateException if this end is closed
     */
    public void sendBytes(byte[] buffer, int offset, int size) {
        Objects.requireNonNull(buffer, "buffer");
        Objects.checkFromIndexSize(offset, size, buffer.length);
        backing.sendBytes(buffer, offset, size);
    }

    /**
     * Sends all the bytes of {@code message} as one message of raw bytes. A spawn pipe copies
     * them from the segment straight into its shared memory; the segment may be reused once
     * this returns.
     *
     * @throws EOFError if the other end is gone
     * @throws IllegalStateException if this end is closed, or cannot send (a one-way pipe's conn1)
     */
    public void sendBytes(MemorySegment message) {
        backing.sendBytes(Objects.requireNonNull(message, "message"));
    }

    /**
     * Receives the next message as raw bytes, blocking until it arrives.
     *
     * @throws EOFError if the other end is gone and every message it sent was received
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     * @throws IllegalStateException if this end is closed
     */
    public byte[] recvBytes() {
        return backing.recvBytes(Long.MAX_VALUE);
    }

    /**
     * Receives the next message as raw bytes if it is at most {@code maxLength} bytes long,
     * blocking until it arrives.
     *
     * @throws UncheckedIOException if the message is longer, naming both lengths; unlike
     *     Python, which then makes the connection unreadable, the message stays unread and
     *     the next receive with room for it gets it
     * @throws IllegalArgumentException if {@code maxLength} is negative
     * @throws EOFError if the other end is gone and every message it sent was received
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     */
    public byte[] recvBytes(int maxLength) {
        if (maxLength < 0) {
            throw new IllegalArgumentException("negative maxLength: " + maxLength);
        }
        return backing.recvBytes(maxLength);
    }

    /** Receives the next message of raw bytes into {@code buffer} from its start; see {@link #recvBytesInto(byte[], int)}. */
    public int recvBytesInto(byte[] buffer) {
        return recvBytesInto(buffer, 0);
    }

    /**
     * Receives the next message of raw bytes into {@code buffer} from {@code offset},
     * blocking until it arrives.
     *
     * @return the length of the message
     * @throws BufferTooShort if the message is longer than {@code buffer.length - offset};
     *     the error carries the whole message, which is received all the same
     * @throws IndexOutOfBoundsException if {@code offset} is negative or past the end of
     *     {@code buffer}
     * @throws EOFError if the other end is gone and every message it sent was received
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     */
    public int recvBytesInto(byte[] buffer, int offset) {
        Objects.requireNonNull(buffer, "buffer");
        if (offset < 0 || offset > buffer.length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside a buffer of " + buffer.length + " bytes");
        }
        return backing.recvBytesInto(buffer, offset);
    }

    /** Receives the next message of raw bytes into {@code buffer} from its start; see {@link #recvBytesInto(MemorySegment, long)}. */
    public long recvBytesInto(MemorySegment buffer) {
        return recvBytesInto(buffer, 0);
    }

    /**
     * Receives the next message of raw bytes into {@code buffer} from {@code offset},
     * blocking until it arrives. A spawn pipe copies it from its shared memory straight into
     * the segment.
     *
     * @return the length of the message
     * @throws BufferTooShort if the message is longer than {@code buffer.byteSize() - offset};
     *     the error carries the whole message, which is received all the same (a message too
     *     long for a Java array stays unread instead, with an {@link UncheckedIOException})
     * @throws IndexOutOfBoundsException if {@code offset} is negative or past the end of
     *     {@code buffer}
     * @throws EOFError if the other end is gone and every message it sent was received
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     * @throws IllegalStateException if this end is closed, or cannot receive (a one-way pipe's conn2)
     */
    public long recvBytesInto(MemorySegment buffer, long offset) {
        Objects.requireNonNull(buffer, "buffer");
        if (offset < 0 || offset > buffer.byteSize()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside a buffer of " + buffer.byteSize() + " bytes");
        }
        if (buffer.isReadOnly()) {
            throw new IllegalArgumentException("the buffer is a read-only segment");
        }
        return backing.recvBytesInto(buffer, offset);
    }

    /**
     * Whether there is something to receive now, without waiting: a message, or the other
     * end's close (the receive then throws {@link EOFError}).
     */
    public boolean poll() {
        return backing.poll(0);
    }

    /**
     * Whether there is something to receive within {@code timeout}: a message, or the other
     * end's close (the receive then throws {@link EOFError}). A timeout of zero or less does
     * not wait; one too long for a {@code long} of nanoseconds waits without limit.
     *
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     * @throws IllegalStateException if this end is closed
     */
    public boolean poll(Duration timeout) {
        return backing.poll(Timeouts.nanos(timeout));
    }

    /**
     * How many threads wait at this end for a message, in a receive or a poll (a snapshot,
     * beyond Python, as {@code getQueueLength()} of mp4j's locks): of this JVM for a socket
     * or a threads pipe, of every process for a spawn pipe.
     */
    public int getQueueLength() {
        return backing.queueLength();
    }

    /**
     * Waits until at least one of {@code objects} is ready, without limit; see
     * {@link #await(Collection, Duration)}.
     */
    public static <T> List<T> await(Collection<? extends T> objects) {
        return ReadyWait.await(objects, Long.MAX_VALUE);
    }

    /**
     * Python's {@code multiprocessing.connection.wait(objects, timeout)}: waits until at least
     * one of {@code objects} is ready, or {@code timeout} has passed, and returns the ready
     * ones in the order given (empty on timeout). A {@code Connection} is ready when
     * {@link #poll()} would be true (a message, or the other end gone); a {@link Queue},
     * {@link JoinableQueue} or {@link SimpleQueue} when a get would not block (an item, or
     * shut down); a {@link dev.mp4j.core.Process} once it has ended (Python's sentinel).
     * A timeout of zero or less does not wait; one too long for a {@code long} of
     * nanoseconds waits without limit.
     *
     * <p>Spawn-context pipes and queues sleep together on their shared words
     * ({@code futex_waitv} on Linux 5.16 and later, so a send from any process wakes this
     * thread at once); sockets, threads-context objects and processes are looked at between
     * sleeps, 50 µs after the start, then at doubling intervals up to 10 ms.
     *
     * @throws IllegalArgumentException for an object of another type, naming its class, or a
     *     process not started
     * @throws IllegalStateException if one of the connections is closed, or cannot receive
     * @throws InterruptedError if interrupted while it had to wait (the interrupt flag is restored)
     */
    public static <T> List<T> await(Collection<? extends T> objects, Duration timeout) {
        return ReadyWait.await(objects, Timeouts.nanos(timeout));
    }

    Waitable waitable() {
        return backing.waitable();
    }

    /** Whether this end is closed (Python's {@code closed}). */
    public boolean closed() {
        return backing.closed();
    }

    /**
     * Closes this end: the other end's receives then throw {@link EOFError} after the
     * messages already sent, and a receive blocked here throws {@link IllegalStateException}.
     * Idempotent.
     */
    @Override
    public void close() {
        backing.close();
    }
}
