package dev.mp4j.pool;

import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The optional parameters of the map family of {@link Pool} ({@code map}, {@code mapAsync},
 * {@code starmap}, {@code starmapAsync}, {@code imap}, {@code imapUnordered}): Python's
 * {@code chunksize}, {@code callback} and {@code error_callback} keywords, and a
 * {@link ProgressListener}. Immutable; each method returns a changed copy, and checks its
 * value at once.
 *
 * <pre>{@code
 * pool.map(fn, items, MapOptions.defaults().chunksize(10).progress(new ProgressBar("squares")));
 * pool.mapAsync(fn, items, MapOptions.defaults()
 *         .callback((List<Integer> results) -> System.out.println(results))
 *         .errorCallback(e -> System.err.println("failed: " + e)));
 * }</pre>
 *
 * <p>{@code R} is the type of result the {@link #callback(Consumer) callback} takes, so the
 * callback of a {@code mapAsync} with results of type {@code Integer} may take a
 * {@code List<Integer>} or a {@code List<Object>}; options without a callback fit any map.
 * Callbacks are options of {@code mapAsync} and {@code starmapAsync} only: the methods that
 * wait ({@code map}, {@code starmap}) or iterate ({@code imap}, {@code imapUnordered}) reject
 * them, as Python's do.
 *
 * @param <R> the type of the results the callback takes
 */
public final class MapOptions<R> {

    private static final MapOptions<?> DEFAULTS = new MapOptions<>(0, null, null, null);

    /** 0 while unset: Python's automatic size. */
    private final int chunksize;
    private final Consumer<? super List<R>> callback;
    private final Consumer<? super Throwable> errorCallback;
    private final ProgressListener progress;

    private MapOptions(int chunksize, Consumer<? super List<R>> callback, Consumer<? super Throwable> errorCallback,
            ProgressListener progress) {
        this.chunksize = chunksize;
        this.callback = callback;
        this.errorCallback = errorCallback;
        this.progress = progress;
    }

    /**
     * Python's defaults: the automatic chunksize ({@code ceil(n / (4 * processes))} for
     * {@code map} and {@code starmap}, 1 for {@code imap}), no callbacks, no progress listener.
     */
    @SuppressWarnings("unchecked")
    public static <R> MapOptions<R> defaults() {
        return (MapOptions<R>) DEFAULTS; // holds no callback, so it fits any R
    }

    /**
     * Items go to the workers in chunks of {@code chunksize}.
     *
     * @throws IllegalArgumentException if less than 1 (leave it unset for Python's automatic size)
     */
    public MapOptions<R> chunksize(int chunksize) {
        if (chunksize < 1) {
            throw new IllegalArgumentException("chunksize must be 1 or more, not " + chunksize
                    + " (leave it unset for the automatic size)");
        }
        return new MapOptions<>(chunksize, callback, errorCallback, progress);
    }

    /**
     * Gets the list of results, in input order, before the {@code AsyncResult} is ready
     * (Python's {@code callback}); the list is unmodifiable. It runs in a pool thread: keep
     * it short. Null for none. The copy takes the callback's type of result: give the
     * lambda's parameter a type ({@code (List<Integer> r) -> ...}) to read typed results.
     */
    public <S> MapOptions<S> callback(Consumer<? super List<S>> callback) {
        return new MapOptions<>(chunksize, callback, errorCallback, progress);
    }

    /**
     * Gets the first error of the map instead, before the {@code AsyncResult} is ready
     * (Python's {@code error_callback}); it runs in a pool thread. Null for none.
     */
    public MapOptions<R> errorCallback(Consumer<? super Throwable> errorCallback) {
        return new MapOptions<>(chunksize, callback, errorCallback, progress);
    }

    /** Told after each chunk how many items are done and failed (see {@link ProgressListener}). Null for none. */
    public MapOptions<R> progress(ProgressListener progress) {
        return new MapOptions<>(chunksize, callback, errorCallback, progress);
    }

    @Override
    public String toString() {
        return "MapOptions[chunksize=" + (chunksize == 0 ? "automatic" : chunksize)
                + (callback != null ? ", callback" : "") + (errorCallback != null ? ", errorCallback" : "")
                + (progress != null ? ", progress" : "") + "]";
    }

    /** The chunksize, or 0 for the automatic size. */
    int chunksize() {
        return chunksize;
    }

    /**
     * The callback, for the results of a map whose type {@code T} is {@code R} or a subtype:
     * it sees them through an unmodifiable view, which is what makes a {@code List<T>} a
     * {@code List<R>}.
     */
    <T extends R> Consumer<List<T>> callbackFor() {
        Consumer<? super List<R>> c = callback;
        return c == null ? null : results -> c.accept(Collections.unmodifiableList(results));
    }

    Consumer<? super Throwable> errorCallback() {
        return errorCallback;
    }

    ProgressListener progress() {
        return progress;
    }

    /** Whether either callback is set: an error for the methods that take none. */
    boolean hasCallbacks() {
        return callback != null || errorCallback != null;
    }
}
