/**
 * Python's {@code multiprocessing.Pool} on thread workers ({@link dev.mp4j.core.Context#threads()})
 * and child JVM workers ({@link dev.mp4j.core.Context#spawn()}): {@link dev.mp4j.pool.Pool},
 * Python's {@code concurrent.futures.ProcessPoolExecutor} as an {@code ExecutorService} over
 * it ({@link dev.mp4j.pool.ProcessPoolExecutor}),
 * {@link dev.mp4j.pool.AsyncResult}, {@link dev.mp4j.pool.ImapIterator}, the options
 * ({@link dev.mp4j.pool.PoolOptions} of a pool, {@link dev.mp4j.pool.MapOptions} of a map,
 * {@link dev.mp4j.pool.ProgressListener}), the serializable
 * task types ({@link dev.mp4j.pool.Task}, {@link dev.mp4j.pool.RunnableTask},
 * {@link dev.mp4j.pool.Fn}, {@link dev.mp4j.pool.Fn2}, {@link dev.mp4j.pool.Fn3}) and
 * {@link dev.mp4j.pool.WorkerLostError}.
 *
 * <p>Design, in short. A call of the API is a job cut into chunks. Thread workers take
 * chunks from one queue and use tasks by reference. Child JVM workers are daemon
 * {@link dev.mp4j.core.Process processes} of the spawn context that connect back to a Unix
 * socket of their own and authenticate with the control channel's HMAC handshake; the pool
 * keeps up to 32 chunks in flight per worker, several to a frame, and one reader thread
 * per worker completes them. Tasks are serialized in the caller's thread; plain values
 * (numbers, strings) travel in a compact encoding, everything else with Java serialization,
 * one object stream per chunk. A worker claims chunks in a frame before it runs them; when
 * its channel ends, only the chunks it claimed and gave no result for fail, with
 * {@link dev.mp4j.pool.WorkerLostError}, the others it held go to another worker, and it is
 * replaced. A worker whose running chunk takes long (10 ms) returns the chunks it holds
 * unstarted, for an idle worker. The executor cancels a chunk by taking it back (from the
 * queue, or from a worker that has not claimed it, told to drop it) or by stopping its run.
 *
 * <p>Conventions are core's: timeouts are {@link java.time.Duration}s (zero or less does not
 * wait, too long for a {@code long} of nanoseconds waits without a limit), nothing throws a
 * checked exception except the tasks' own exceptions, rethrown as themselves, and an
 * interrupted wait restores the flag and throws {@link dev.mp4j.core.InterruptedError}.
 */
package dev.mp4j.pool;
