/**
 * Message passing between workers of either context, as Python's {@code multiprocessing}
 * queues and connections: {@link dev.mp4j.queues.Connection}, with
 * {@link dev.mp4j.queues.Listener} and {@link dev.mp4j.queues.Client} of
 * {@code multiprocessing.connection}, which speak CPython's wire protocol so that mp4j and
 * Python processes can exchange messages.
 *
 * <p>Conventions of the package: errors are unchecked, with Python's names
 * ({@link dev.mp4j.queues.EOFError}, {@link dev.mp4j.queues.BufferTooShort},
 * {@link dev.mp4j.core.AuthenticationError}); timeouts are {@link java.time.Duration}s, zero
 * or less meaning "do not wait" and one too long for a {@code long} of nanoseconds "no
 * limit"; an interrupted blocking call restores the interrupt flag and throws
 * {@link dev.mp4j.core.InterruptedError}.
 */
package dev.mp4j.queues;
