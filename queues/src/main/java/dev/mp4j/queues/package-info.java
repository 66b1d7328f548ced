/**
 * Message passing between workers of either context, as Python's {@code multiprocessing}
 * queues and connections: {@link dev.mp4j.queues.Queue}, {@link dev.mp4j.queues.JoinableQueue}
 * and {@link dev.mp4j.queues.SimpleQueue}; {@link dev.mp4j.queues.Pipe} and its two
 * {@link dev.mp4j.queues.Connection}s; {@link dev.mp4j.queues.Connection#await}, Python's
 * {@code multiprocessing.connection.wait} on connections, queues and processes; and
 * {@link dev.mp4j.queues.Listener} and {@link dev.mp4j.queues.Client} of
 * {@code multiprocessing.connection}, which speak CPython's wire protocol so that mp4j and
 * Python processes can exchange messages.
 *
 * <p>In the spawn context queues and pipes are rings of records in mapped memory
 * ({@code RingLayout}, {@code PipeLayout}) whose waits are hooks of the cross-process
 * synchronizer; their handles travel to other JVMs. In the threads context they are heap
 * objects under java.util.concurrent locks, and refuse to travel.
 *
 * <p>Errors are unchecked, with Python's names ({@link dev.mp4j.queues.Full},
 * {@link dev.mp4j.queues.Empty}, {@link dev.mp4j.queues.ShutDown},
 * {@link dev.mp4j.queues.EOFError}, {@link dev.mp4j.queues.BufferTooShort},
 * {@link dev.mp4j.core.AuthenticationError}).
 *
 * <h2>Conventions of every queue</h2>
 * <ul>
 *   <li><b>Blocking.</b> {@code put(e)}, {@code get()} and {@code join()} wait as long as it
 *       takes. The timed forms wait at most their {@code Duration}: zero or negative does not
 *       wait, and one too long for a {@code long} of nanoseconds means no limit (mp4j's one
 *       timeout rule). A timed put that finds no room throws {@link dev.mp4j.queues.Full}; a
 *       timed get that finds no item throws {@link dev.mp4j.queues.Empty}.</li>
 *   <li><b>Interruption.</b> A call that has to wait and is interrupted throws
 *       {@link dev.mp4j.core.InterruptedError} with the interrupt flag restored, and has
 *       enqueued or taken nothing; a call that need not wait succeeds even when the flag is
 *       set, and leaves it set.</li>
 *   <li><b>Closing.</b> {@code close()} ends the use of one queue object: later puts and
 *       gets through it throw {@link java.lang.IllegalStateException}, as Python 3.8+'s
 *       ValueError. Other objects for the same queue, in this or another process, go on.</li>
 *   <li><b>Shutting down.</b> {@code shutdown()} is Python 3.13's: it ends the queue for
 *       everyone, with {@link dev.mp4j.queues.ShutDown} for puts and for gets of an empty
 *       queue.</li>
 *   <li><b>Diagnostics.</b> {@code qsize()}, {@code empty()} and {@code full()} are exact
 *       snapshots, consistent with each other, on every OS; {@code getQueueLength()} counts
 *       the threads waiting, in any process.</li>
 * </ul>
 */
package dev.mp4j.queues;
