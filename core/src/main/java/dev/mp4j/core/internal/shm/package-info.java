/**
 * The shared-memory substrate: the per-user runtime directory, mapped segment files with
 * their common header, the arena of lines that holds the small spawn primitives
 * ({@link dev.mp4j.core.internal.shm.ArenaLayout}, {@link dev.mp4j.core.internal.shm.SharedBlock}),
 * the start-up sweep of files left by dead processes, the typed access to shared words
 * ({@link dev.mp4j.core.internal.shm.SharedWords}), the one cross-process wait loop
 * ({@link dev.mp4j.core.internal.shm.CrossProcessSynchronizer}) and the waiting strategies
 * under it (Linux futex, portable backoff).
 *
 * <p><b>Not API.</b> Everything here may change without notice; the public families in
 * {@code dev.mp4j.sync}, {@code dev.mp4j.shared} and {@code dev.mp4j.queues} are built on it.
 *
 * <h2>Offsets</h2>
 * Offsets are byte offsets into a block's words (or a segment's data area), which start on
 * a 128-byte boundary; every word is aligned to its size. Each {@code *Layout} class draws
 * its words and says which access mode each one uses.
 *
 * <h2>Access modes of shared words</h2>
 * Every access to shared memory goes through {@link dev.mp4j.core.internal.shm.SharedWords},
 * whose method names say the mode. The rules the layouts follow:
 * <ul>
 *   <li><b>Volatile</b> (reads, writes, CAS, atomic add) for every word that another thread
 *       or process may change while it is read: state words, futex words, waiter counts,
 *       values and array elements. A CAS or atomic add is volatile.</li>
 *   <li><b>Release/acquire pairs</b> for a word that publishes other words written before it:
 *       a block's generation (raised with release when the block is freed, read with acquire
 *       when a handle attaches), a ShareableList's magic and slot states.</li>
 *   <li><b>Opaque</b> for a word whose writer's later volatile write or CAS orders it, and
 *       whose readers only need to see some recent value: a lock's owner thread and
 *       died flag, cleared just before the CAS that frees the lock.</li>
 *   <li><b>Plain</b> for words one thread owns: an RLock's recursion count (its owner's),
 *       an arena file's header and free lists (the creating process's, under its allocator's
 *       lock). And for the generation check before every access through a handle
 *       ({@link dev.mp4j.core.internal.shm.MappedHandle}): the access's own volatile read or
 *       CAS follows it, and a loop re-reads it after each, so a free is seen within a pass;
 *       with no barrier in between, the JIT loads the segment's fields once for both.</li>
 * </ul>
 * Volatile accesses to mapped memory are the hardware's atomic instructions and fences on
 * memory that every process maps, so these orderings hold between processes as between
 * threads.
 */
package dev.mp4j.core.internal.shm;
