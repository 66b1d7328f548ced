package dev.mp4j.queues.spi;

import java.io.Serializable;

/**
 * One end of a context engine's pipe, as this JVM holds it: it moves whole byte messages, in
 * order, bounded in bytes per direction as a socket's buffer is. The other end is <em>gone</em>
 * once no live JVM holds it (each copy holds it from when it is made or received until it is
 * closed, dropped, or its JVM ends). Which way an end may be used is checked before a call
 * arrives; blocking calls throw {@link InterruptedException} only where they would wait, and
 * {@link IllegalStateException} ("the connection is closed") if this copy is closed meanwhile.
 */
public interface PipeEnd extends Serializable {

    /** Sends one message, waiting while the direction is full; false if the other end is gone. */
    boolean send(byte[] message) throws InterruptedException;

    /**
     * The next message, waiting for it; null once the other end is gone and no message is
     * left. A message longer than {@code maxLength} is returned but not taken: it stays next.
     */
    byte[] recv(long maxLength) throws InterruptedException;

    /** Whether a message, or the other end's going, is there within {@code nanos} (a {@code Timeouts} value). */
    boolean poll(long nanos) throws InterruptedException;

    /** The threads, in every JVM, waiting in a receive or poll at this end. */
    int queueLength();

    boolean closed();

    /** Ends this copy's holding of the end. Idempotent. */
    void close();
}
