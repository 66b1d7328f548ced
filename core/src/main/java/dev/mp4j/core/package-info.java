/**
 * The engine of mp4j: {@link dev.mp4j.core.Context contexts}, {@link dev.mp4j.core.Process
 * processes} on threads or child JVMs, and the errors Python's {@code multiprocessing}
 * names ({@link dev.mp4j.core.ProcessError}, {@link dev.mp4j.core.TimeoutError},
 * {@link dev.mp4j.core.AuthenticationError}).
 *
 * <p>Conventions of every mp4j package: timeouts are {@link java.time.Duration}s, a timeout
 * of zero or less does not wait, and one too long for a {@code long} of nanoseconds (about
 * 292 years) waits without a limit; no method throws a checked exception; a blocking
 * call that is interrupted restores the interrupt flag and throws
 * {@link dev.mp4j.core.InterruptedError}.
 *
 * <p>mp4j logs its own events (processes starting and exiting, child JVMs that cannot
 * start, pool workers lost, dead lock holders taken over) through the {@link System.Logger}
 * named {@code dev.mp4j}, quiet unless configured; {@link dev.mp4j.core.Logging#logToStderr}
 * prints them to stderr in Python's {@code [INFO/Process-1] message} format, in child JVMs
 * too (Python's {@code log_to_stderr()}).
 *
 * <p>Child JVMs need native access for the futex: mp4j starts them with
 * {@code --enable-native-access=ALL-UNNAMED}, and an application that uses spawn-context
 * primitives should run with it too.
 */
package dev.mp4j.core;
