/**
 * Message passing between workers of either context, as Python's {@code multiprocessing}
 * queues: {@code Queue}, {@code JoinableQueue}, {@code SimpleQueue}, and {@code Pipe} with its
 * {@code Connection}s. The classes arrive in a later release; this package marks their home.
 */
package dev.mp4j.queues;
