package dev.mp4j.pool;

import dev.mp4j.core.Context;
import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A pool of workers that run tasks: Python's {@code multiprocessing.Pool}, on threads
 * ({@link Context#threads()}, Python's {@code ThreadPool}) or on child JVMs
 * ({@link Context#spawn()}).
 *
 * <pre>{@code
 * try (Pool pool = new Pool(Context.spawn(), 4)) {
 *     List<Integer> squares = pool.map(x -> x * x, List.of(1, 2, 3));     // [1, 4, 9]
 *     AsyncResult<Integer> r = pool.applyAsync(() -> 6 * 7);
 *     List<Integer> cubes = pool.map(x -> x * x * x, numbers, MapOptions.defaults().chunksize(100));
 *     try (ImapIterator<Integer> it = pool.imap(x -> x + 1, List.of(1, 2, 3))) {
 *         for (int y : it.asIterable()) { ... }
 *     }
 * }
 * }</pre>
 *
 * <p><b>Tasks</b> are serializable lambdas ({@link Task}, {@link Fn}, {@link Fn2},
 * {@link Fn3}). In the spawn context they are serialized in the caller's thread, so one
 * that cannot travel fails at the call with the offending field named; thread workers use
 * them by reference. A task may throw anything: {@code get()}, {@code apply()},
 * {@code map()} and the imap iterator throw that very exception, with the worker's stack
 * trace; {@code map} throws the first error once all chunks are done; imap throws at the
 * failing item and goes on with the next ones.
 *
 * <p><b>One shape for the map family.</b> {@code map}, {@code mapAsync}, {@code starmap}
 * (over {@link Args2} or {@link Args3}), {@code starmapAsync}, {@code imap} and
 * {@code imapUnordered} each have their plain Python form and one form with
 * {@link MapOptions}, which hold Python's optional parameters: {@code chunksize},
 * {@code callback}, {@code error_callback}, and beyond Python a {@link ProgressListener}.
 * Every method takes the chunksize and the progress listener. Callbacks are options of
 * {@code mapAsync} and {@code starmapAsync} only, as in Python: the methods that wait
 * ({@code map}, {@code starmap}) or iterate ({@code imap}, {@code imapUnordered}) hand over
 * their results and errors themselves, and throw an {@link IllegalArgumentException} for
 * options with a callback rather than ignore it. ({@code applyAsync} keeps Python's two
 * callbacks as parameters: it has no other option.)
 *
 * <p><b>Chunks.</b> Unless the options set a chunksize, {@code map} and {@code starmap}
 * send items in chunks of {@code ceil(n / (4 * processes))} (Python's rule), {@code imap}
 * and {@code imapUnordered} in chunks of 1. A chunksize of less than 1 is an
 * {@link IllegalArgumentException} that names it, for every method alike, when the options
 * are made. An empty input gives an empty result at once.
 *
 * <p><b>Lifecycle.</b> {@link #shutdown()} is Python's {@code close()}: no new work, the
 * workers end when the submitted work is done. {@link #terminate()} stops the workers now;
 * results not ready fail with a {@link dev.mp4j.core.ProcessError} that says so (Python's
 * would never become ready). {@link #join()} waits for the workers after either. <b>One
 * difference from Python:</b> {@link #close()} is {@link AutoCloseable}'s and follows
 * {@link java.util.concurrent.ExecutorService#close()}: no new work, wait for the submitted
 * work, stop the workers (Python's {@code with Pool()} terminates instead). An imap stops
 * reading its input there: the results of the chunks already submitted arrive, then its
 * iterator throws a {@link dev.mp4j.core.ProcessError} saying so, so that a loop that left
 * an endless imap early does not keep the pool open ({@link ImapIterator#close()} stops one
 * imap's input the same way, and drops its results). A pool that
 * becomes garbage is terminated; the workers of a JVM that exits are terminated too.
 *
 * <p><b>Across processes.</b> A child JVM worker that dies mid-task (SIGKILL, out of
 * memory, {@code System.exit}) fails only the task it was running, with
 * {@link WorkerLostError}, and is replaced; the tasks queued on it that it had not started
 * run on another worker, and no task runs twice. A result that cannot be serialized fails
 * its item only. Exceptions of callbacks are reported (to
 * {@link PoolOptions#onCallbackError}, else stderr) and never stop result delivery.
 * Callbacks run in the pool thread that delivers results (a thread worker, or the reader
 * of a child JVM worker): keep them short, and never wait in one for another result of
 * the same pool, which that thread may be the one to deliver.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread.
 *
 * <p><b>Memory consistency effects:</b> actions before a submission happen-before the task
 * (for thread workers); the task's actions happen-before the return of {@code get()}.
 */
public final class Pool implements AutoCloseable {

    /** Terminates pools, and closes imap iterators, that became garbage. */
    static final Cleaner CLEANER = Cleaner.create();

    private final PoolBacking backing;

    /** A pool of {@link Context#cpuCount()} workers of the default context. */
    public Pool() {
        this(Context.defaultContext(), PoolOptions.defaults());
    }

    /** A pool of {@code processes} workers of the default context (Python: {@code Pool(processes)}). */
    public Pool(int processes) {
        this(Context.defaultContext(), PoolOptions.defaults().processes(processes));
    }

    /** A pool of {@link Context#cpuCount()} workers of {@code context}. */
    public Pool(Context context) {
        this(context, PoolOptions.defaults());
    }

    /** A pool of {@code processes} workers of {@code context}. */
    public Pool(Context context, int processes) {
        this(context, PoolOptions.defaults().processes(processes));
    }

    /**
     * A pool of {@code context} with {@code options}; starts its workers.
     *
     * @throws dev.mp4j.core.SerializationError in the spawn context, if the initializer cannot be serialized
     */
    public Pool(Context context, PoolOptions options) {
        this.backing = PoolBacking.create(Objects.requireNonNull(context, "context"),
                Objects.requireNonNull(options, "options"));
        PoolBacking b = backing;
        CLEANER.register(this, b::terminate);
    }

    /** The number of workers. */
    public int processes() {
        return backing.processes;
    }

    /** Runs {@code task} in a worker and waits for its result (Python: {@code apply}). */
    public <R> R apply(Task<R> task) {
        return applyAsync(task).get();
    }

    /** Runs {@code task} in a worker; returns at once (Python: {@code apply_async}). */
    public <R> AsyncResult<R> applyAsync(Task<R> task) {
        return applyAsync(task, null, null);
    }

    /**
     * Runs {@code task} in a worker; {@code callback} gets its result, {@code errorCallback}
     * its exception, before the result is ready. Either may be null.
     */
    public <R> AsyncResult<R> applyAsync(Task<R> task, Consumer<? super R> callback,
            Consumer<? super Throwable> errorCallback) {
        AsyncResult<R> result = new AsyncResult<>();
        submitTask(task, result, callback, errorCallback);
        return result;
    }

    /**
     * Sends {@code task} to a worker, its outcome to {@code result}: the one way in of
     * {@code applyAsync} and of {@link ProcessPoolExecutor}'s futures. Returns its chunk,
     * by which the executor cancels it.
     */
    <R> Chunk submitTask(Task<R> task, AsyncResult<R> result, Consumer<? super R> callback,
            Consumer<? super Throwable> errorCallback) {
        Objects.requireNonNull(task, "task");
        Fn<Object, Object> fn = new Adapters.TaskFn(task);
        byte[] fnBytes = backing.serializes() ? WireFormat.function(fn, "the task") : null;
        ApplyJob<R> job = new ApplyJob<>(backing, result, callback, errorCallback).register();
        Chunk chunk = new Chunk(job, 0, fn, ONE_ITEM, fnBytes, backing.serializes() ? ONE_ITEM_BYTES : null);
        backing.submit(chunk);
        return chunk;
    }

    /** The engine, for {@link ProcessPoolExecutor}. */
    PoolBacking backing() {
        return backing;
    }

    /** Applies {@code fn} to every item and waits for the results, in input order (Python: {@code map}). */
    public <T, R> List<R> map(Fn<? super T, ? extends R> fn, Iterable<? extends T> items) {
        return map(fn, items, MapOptions.defaults());
    }

    /**
     * {@link #map(Fn, Iterable)} with a chunksize or a progress listener.
     *
     * @throws IllegalArgumentException if {@code options} has a callback (an option of {@code mapAsync})
     */
    public <T, R> List<R> map(Fn<? super T, ? extends R> fn, Iterable<? extends T> items, MapOptions<?> options) {
        return this.<R>submitMap(asFn(fn), items, withoutCallbacks(options, "map"), null).get();
    }

    /** {@link #map(Fn, Iterable)} without waiting (Python: {@code map_async}). */
    public <T, R> AsyncResult<List<R>> mapAsync(Fn<? super T, ? extends R> fn, Iterable<? extends T> items) {
        return mapAsync(fn, items, MapOptions.defaults());
    }

    /** {@link #mapAsync(Fn, Iterable)} with a chunksize, callbacks or a progress listener. */
    public <T, R> AsyncResult<List<R>> mapAsync(Fn<? super T, ? extends R> fn, Iterable<? extends T> items,
            MapOptions<? super R> options) {
        Fn<Object, Object> f = asFn(fn);
        return submitMap(f, items, Objects.requireNonNull(options, "options"), options.<R>callbackFor());
    }

    /** Applies {@code fn} to every pair and waits for the results (Python: {@code starmap}). */
    public <A, B, R> List<R> starmap(Fn2<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Args2<? extends A, ? extends B>> items) {
        return starmap(fn, items, MapOptions.defaults());
    }

    /**
     * {@link #starmap(Fn2, Iterable)} with a chunksize or a progress listener.
     *
     * @throws IllegalArgumentException if {@code options} has a callback (an option of {@code starmapAsync})
     */
    public <A, B, R> List<R> starmap(Fn2<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Args2<? extends A, ? extends B>> items, MapOptions<?> options) {
        return this.<R>submitMap(star(fn), items, withoutCallbacks(options, "starmap"), null).get();
    }

    /** Applies {@code fn} to every triple and waits for the results (Python: {@code starmap}). */
    public <A, B, C, R> List<R> starmap(Fn3<? super A, ? super B, ? super C, ? extends R> fn,
            Iterable<? extends Args3<? extends A, ? extends B, ? extends C>> items) {
        return starmap(fn, items, MapOptions.defaults());
    }

    /**
     * {@link #starmap(Fn3, Iterable)} with a chunksize or a progress listener.
     *
     * @throws IllegalArgumentException if {@code options} has a callback (an option of {@code starmapAsync})
     */
    public <A, B, C, R> List<R> starmap(Fn3<? super A, ? super B, ? super C, ? extends R> fn,
            Iterable<? extends Args3<? extends A, ? extends B, ? extends C>> items, MapOptions<?> options) {
        return this.<R>submitMap(star(fn), items, withoutCallbacks(options, "starmap"), null).get();
    }

    /** {@link #starmap(Fn2, Iterable)} without waiting (Python: {@code starmap_async}). */
    public <A, B, R> AsyncResult<List<R>> starmapAsync(Fn2<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Args2<? extends A, ? extends B>> items) {
        return starmapAsync(fn, items, MapOptions.defaults());
    }

    /** {@link #starmapAsync(Fn2, Iterable)} with a chunksize, callbacks or a progress listener. */
    public <A, B, R> AsyncResult<List<R>> starmapAsync(Fn2<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Args2<? extends A, ? extends B>> items, MapOptions<? super R> options) {
        Fn<Object, Object> f = star(fn);
        return submitMap(f, items, Objects.requireNonNull(options, "options"), options.<R>callbackFor());
    }

    /** {@link #starmap(Fn3, Iterable)} without waiting (Python: {@code starmap_async}). */
    public <A, B, C, R> AsyncResult<List<R>> starmapAsync(Fn3<? super A, ? super B, ? super C, ? extends R> fn,
            Iterable<? extends Args3<? extends A, ? extends B, ? extends C>> items) {
        return starmapAsync(fn, items, MapOptions.defaults());
    }

    /** {@link #starmapAsync(Fn3, Iterable)} with a chunksize, callbacks or a progress listener. */
    public <A, B, C, R> AsyncResult<List<R>> starmapAsync(Fn3<? super A, ? super B, ? super C, ? extends R> fn,
            Iterable<? extends Args3<? extends A, ? extends B, ? extends C>> items, MapOptions<? super R> options) {
        Fn<Object, Object> f = star(fn);
        return submitMap(f, items, Objects.requireNonNull(options, "options"), options.<R>callbackFor());
    }

    /**
     * Applies {@code fn} to the items lazily, results in input order (Python: {@code imap},
     * chunks of 1). The input is read by a pool thread, a bounded number of chunks ahead of
     * the consumer, so an endless input works in bounded memory; closing the iterator stops it.
     */
    public <T, R> ImapIterator<R> imap(Fn<? super T, ? extends R> fn, Iterable<? extends T> items) {
        return imap(fn, items, MapOptions.defaults());
    }

    /**
     * {@link #imap(Fn, Iterable)} with a chunksize or a progress listener.
     *
     * @throws IllegalArgumentException if {@code options} has a callback (an option of {@code mapAsync})
     */
    public <T, R> ImapIterator<R> imap(Fn<? super T, ? extends R> fn, Iterable<? extends T> items,
            MapOptions<?> options) {
        return submitImap(asFn(fn), items, withoutCallbacks(options, "imap"), true, null, 0);
    }

    /**
     * {@link #imap(Fn, Iterable, MapOptions)} whose iterator waits until {@code timeout} after
     * {@code start} (a {@link System#nanoTime()}) at the most: {@link ProcessPoolExecutor#map}.
     */
    <T, R> ImapIterator<R> imap(Fn<? super T, ? extends R> fn, Iterable<? extends T> items, MapOptions<?> options,
            Duration timeout, long start) {
        return submitImap(asFn(fn), items, options, true, timeout, start);
    }

    /** {@link #imap(Fn, Iterable)} with results in the order they finish (Python: {@code imap_unordered}). */
    public <T, R> ImapIterator<R> imapUnordered(Fn<? super T, ? extends R> fn, Iterable<? extends T> items) {
        return imapUnordered(fn, items, MapOptions.defaults());
    }

    /**
     * {@link #imapUnordered(Fn, Iterable)} with a chunksize or a progress listener.
     *
     * @throws IllegalArgumentException if {@code options} has a callback (an option of {@code mapAsync})
     */
    public <T, R> ImapIterator<R> imapUnordered(Fn<? super T, ? extends R> fn, Iterable<? extends T> items,
            MapOptions<?> options) {
        return submitImap(asFn(fn), items, withoutCallbacks(options, "imapUnordered"), false, null, 0);
    }

    /**
     * Python's {@code close()}: no new work; the workers end once the submitted work is done.
     * Returns at once. An imap reads the rest of its input from then on without waiting for
     * its consumer, so that {@link #join()} waits for the input only (Python reads it all at once).
     */
    public void shutdown() {
        backing.close();
    }

    /** Stops the workers now; results not ready fail with a {@link dev.mp4j.core.ProcessError}. */
    public void terminate() {
        backing.terminate();
    }

    /**
     * Waits for the workers to end, after {@link #shutdown()} or {@link #terminate()}.
     *
     * @throws IllegalStateException if the pool is still running (Python's {@code ValueError})
     * @throws InterruptedError if interrupted while waiting (the interrupt flag is restored)
     */
    public void join() {
        try {
            backing.join(-1);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
    }

    /**
     * {@link #join()} for at most {@code timeout}; returns whether the workers ended. A timeout
     * of zero or less does not wait; one too long for a {@code long} of nanoseconds waits
     * without a limit.
     */
    public boolean join(Duration timeout) {
        long nanos = Timeouts.nanos(timeout);
        try {
            return backing.join(Timeouts.unlimited(nanos) ? -1 : nanos);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
    }

    /**
     * {@link java.util.concurrent.ExecutorService#close()}'s contract: no new work, wait for
     * the submitted work to finish, stop the workers. An imap reads no more of its input; its
     * iterator throws a {@link dev.mp4j.core.ProcessError} after the results of the chunks
     * submitted before. If interrupted while waiting, it
     * terminates the pool, waits for the workers, and restores the interrupt flag.
     */
    @Override
    public void close() {
        backing.close();
        backing.stopInputs();
        boolean interrupted = false;
        while (true) {
            try {
                backing.join(-1);
                break;
            } catch (InterruptedException | InterruptedError e) {
                // Waiting for a worker throws InterruptedError, which sets the flag again: clear
                // it until the workers have ended, and restore it then.
                Thread.interrupted();
                if (!interrupted) {
                    interrupted = true;
                    backing.terminate();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Pool[" + backing.context.name() + ", processes=" + backing.processes + ", "
                + backing.state().name().toLowerCase() + "]";
    }

    private static final List<Object> ONE_ITEM = Collections.singletonList(null);
    /** The items of an {@code apply} chunk, serialized once. */
    static final byte[] ONE_ITEM_BYTES = WireFormat.items(ONE_ITEM, 0);

    private <R> AsyncResult<List<R>> submitMap(Fn<Object, Object> fn, Iterable<?> input, MapOptions<?> options,
            Consumer<? super List<R>> callback) {
        List<Object> items = materialize(input);
        int n = items.size();
        int size = options.chunksize() > 0 ? options.chunksize() : defaultChunksize(n);
        byte[] fnBytes = backing.serializes() ? WireFormat.function(fn, "the function of the map") : null;
        int chunks = n == 0 ? 1 : (n + size - 1) / size;
        MapJob<R> job = new MapJob<R>(backing, n, Math.max(size, 1), chunks, callback, options.errorCallback(),
                options.progress()).register();
        if (n == 0) {
            job.completeEmpty();
            return job.result;
        }
        // Each chunk goes out as soon as it is serialized, so workers start while the rest is.
        // If an item cannot be serialized, the job fails and this call throws; the results of
        // the chunks already out are dropped.
        try {
            for (int i = 0; i < chunks; i++) {
                backing.submit(backing.chunk(job, i, fn, fnBytes, items.subList(i * size, Math.min(n, (i + 1) * size))));
            }
        } catch (RuntimeException e) {
            job.fail(e);
            throw e;
        }
        return job.result;
    }

    private <R> ImapIterator<R> submitImap(Fn<Object, Object> fn, Iterable<?> items, MapOptions<?> options,
            boolean ordered, Duration timeout, long start) {
        Objects.requireNonNull(items, "items");
        int chunksize = options.chunksize() > 0 ? options.chunksize() : 1; // Python's imap default
        byte[] fnBytes = backing.serializes() ? WireFormat.function(fn, "the function of the imap") : null;
        ImapJob<R> job = new ImapJob<R>(backing, ordered, imapWindow(backing.processes, chunksize), options.progress())
                .register();
        job.feed(fn, fnBytes, items, chunksize);
        return new ImapIterator<>(job, timeout, start);
    }

    /**
     * How many chunks an imap reads ahead of its consumer: enough to keep every worker busy
     * ({@code 4 * processes + 4}) and, for small chunks, about 64k items, so that round trips
     * do not bound the throughput. Memory stays bounded by the larger of the two.
     */
    static int imapWindow(int processes, int chunksize) {
        return Math.max(4 * processes + 4, (int) Math.min(4096, 65_536L / chunksize));
    }

    /** Python's default: {@code ceil(n / (4 * processes))}. */
    private int defaultChunksize(int n) {
        int workers4 = backing.processes * 4;
        return (n + workers4 - 1) / workers4;
    }

    /** The options of a method that waits or iterates: Python's take no callbacks, nor do they here. */
    private static MapOptions<?> withoutCallbacks(MapOptions<?> options, String method) {
        if (Objects.requireNonNull(options, "options").hasCallbacks()) {
            throw new IllegalArgumentException(method + " takes no callback or errorCallback (options of mapAsync and "
                    + "starmapAsync only; " + method + " returns the results or throws the error itself): " + options);
        }
        return options;
    }

    @SuppressWarnings("unchecked")
    private static Fn<Object, Object> asFn(Fn<?, ?> fn) {
        return (Fn<Object, Object>) Objects.requireNonNull(fn, "fn");
    }

    @SuppressWarnings("unchecked")
    private static Fn<Object, Object> star(Fn2<?, ?, ?> fn) {
        return new Adapters.StarFn2((Fn2<Object, Object, Object>) Objects.requireNonNull(fn, "fn"));
    }

    @SuppressWarnings("unchecked")
    private static Fn<Object, Object> star(Fn3<?, ?, ?, ?> fn) {
        return new Adapters.StarFn3((Fn3<Object, Object, Object, Object>) Objects.requireNonNull(fn, "fn"));
    }

    private static List<Object> materialize(Iterable<?> items) {
        Objects.requireNonNull(items, "items");
        if (items instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        List<Object> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }
}
