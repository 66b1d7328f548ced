package dev.mp4j.queues;

import dev.mp4j.core.ProcessError;
import java.io.Serial;

/**
 * A message did not fit in the buffer given to {@link Connection#recvBytesInto(byte[], int)}
 * (or a {@code MemorySegment}),
 * as Python's {@code multiprocessing.BufferTooShort}: the whole message is received anyway
 * and travels with the error ({@link #message()}, Python's {@code e.args[0]}), so nothing is
 * lost.
 *
 * <pre>{@code
 * byte[] buf = new byte[64];
 * try {
 *     int n = conn.recvBytesInto(buf);
 * } catch (BufferTooShort e) {
 *     byte[] whole = e.message();
 * }
 * }</pre>
 */
public class BufferTooShort extends ProcessError {

    @Serial
    private static final long serialVersionUID = 1L;

    private final byte[] message;

    public BufferTooShort(byte[] message, long space) {
        super("a message of " + message.length + " bytes does not fit in the " + space
                + " bytes left in the buffer; the whole message is in this error's message()");
        this.message = message;
    }

    /** The message that did not fit, whole; the array is not copied. */
    public byte[] message() {
        return message;
    }
}
