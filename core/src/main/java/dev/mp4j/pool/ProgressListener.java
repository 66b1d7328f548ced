package dev.mp4j.pool;

/**
 * Told after each chunk of a map, starmap, imap or imapUnordered finishes (the option
 * {@link MapOptions#progress}): how many items are done (failed ones included), how many
 * there are ({@code -1} while a lazy input is not exhausted), and how many failed. Called
 * from pool threads, possibly concurrently; keep it short.
 *
 * <pre>{@code
 * pool.map(fn, items, MapOptions.defaults().chunksize(10).progress((done, total, failed) ->
 *         System.err.printf("%d of %d done, %d failed%n", done, total, failed)));
 * }</pre>
 *
 * @see ProgressBar
 */
@FunctionalInterface
public interface ProgressListener {
    /** Reports progress. */
    void progress(long done, long total, long failed);
}
