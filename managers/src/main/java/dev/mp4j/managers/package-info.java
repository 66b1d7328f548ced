/**
 * Managers, as Python's {@code multiprocessing.managers}: a server process holding objects,
 * and proxies that stand for them in every process. {@link dev.mp4j.managers.Manager} is
 * Python's {@code SyncManager} (shared {@code dict}, {@code list} and {@code Namespace});
 * {@link dev.mp4j.managers.BaseManager} registers types of your own, and serves or connects
 * to remote managers over TCP or a Unix socket with an authkey, through the same
 * authenticated connections as {@link dev.mp4j.queues.Listener} and
 * {@link dev.mp4j.queues.Client}.
 *
 * <p>Proxies implement the Java interface of what they stand for: a manager's {@code dict()}
 * is a {@code java.util.Map}, its {@code list()} a {@code java.util.List}, a registered type's
 * proxy its interface (a {@link java.lang.reflect.Proxy}). Errors are unchecked; what a
 * server's method throws reaches the caller as itself.
 */
package dev.mp4j.managers;
