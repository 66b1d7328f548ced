/**
 * Synchronization between workers of either context: {@link dev.mp4j.sync.Lock} and
 * {@link dev.mp4j.sync.RLock} (more primitives follow).
 *
 * <p>Every primitive is a thin final class over a package-private backing chosen from its
 * {@link dev.mp4j.core.Context} in {@link dev.mp4j.sync.SyncBackings}: java.util.concurrent
 * in the threads context, a memory-mapped file and the futex in the spawn context. A spawn
 * primitive is serialized as a handle, so a child JVM that receives it maps the same
 * memory and uses the same primitive. A threads primitive refuses to be serialized, with
 * an error that says to create it in a spawn context.
 *
 * <p>Blocking methods follow one contract, stated the same way in each class: they return
 * when the condition holds or the timeout elapses; a timeout of zero or less does not
 * block; interruption restores the interrupt flag and throws
 * {@link dev.mp4j.core.InterruptedError}. Releasing what is not held throws
 * {@link java.lang.IllegalMonitorStateException}.
 */
package dev.mp4j.sync;
