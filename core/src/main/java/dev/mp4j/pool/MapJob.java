package dev.mp4j.pool;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code map}/{@code mapAsync}/{@code starmap}: ready once every chunk is in; then either
 * the list of results in input order or, as in Python, the first error that arrived.
 */
final class MapJob<R> extends Job {

    final AsyncResult<List<R>> result = new AsyncResult<>();
    private final Object[] values;
    private final int chunksize;
    private final Consumer<? super List<R>> callback;
    private final Consumer<? super Throwable> errorCallback;
    private int chunksLeft;
    private Throwable firstError;

    MapJob(PoolBacking owner, int size, int chunksize, int chunks, Consumer<? super List<R>> callback,
            Consumer<? super Throwable> errorCallback, ProgressListener progress) {
        super(owner, progress);
        this.values = new Object[size];
        this.chunksize = chunksize;
        this.chunksLeft = chunks;
        this.callback = callback;
        this.errorCallback = errorCallback;
    }

    @Override
    @SuppressWarnings("unchecked")
    void onChunk(int index, Object[] chunkValues, Throwable[] errors) {
        Throwable error;
        synchronized (this) {
            if (chunksLeft <= 0) {
                return;
            }
            System.arraycopy(chunkValues, 0, values, index * chunksize, chunkValues.length);
            for (Throwable e : errors) {
                if (e != null && firstError == null) {
                    firstError = e;
                }
            }
            if (--chunksLeft > 0) {
                return;
            }
            error = firstError;
        }
        if (error == null) {
            List<R> list = (List<R>) Arrays.asList(values);
            callback(callback, list);
            result.set(list);
        } else {
            callback(errorCallback, error);
            result.fail(error);
        }
        ended();
    }

    @Override
    void fail(Throwable error) {
        synchronized (this) {
            if (chunksLeft <= 0) {
                return;
            }
            chunksLeft = 0;
        }
        callback(errorCallback, error);
        result.fail(error);
        ended();
    }

    @Override
    long total() {
        return values.length;
    }

    /** An empty input: ready at once. */
    void completeEmpty() {
        onChunk(0, new Object[0], new Throwable[0]);
    }
}
