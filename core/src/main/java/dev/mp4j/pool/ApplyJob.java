package dev.mp4j.pool;

import java.util.function.Consumer;

/** One task of {@code apply}/{@code applyAsync}: a chunk of one item. */
final class ApplyJob<R> extends Job {

    final AsyncResult<R> result;
    private final Consumer<? super R> callback;
    private final Consumer<? super Throwable> errorCallback;
    /** Guarded by this. */
    private boolean claimed;

    ApplyJob(PoolBacking owner, AsyncResult<R> result, Consumer<? super R> callback,
            Consumer<? super Throwable> errorCallback) {
        super(owner, null);
        this.result = result;
        this.callback = callback;
        this.errorCallback = errorCallback;
    }

    @Override
    @SuppressWarnings("unchecked")
    void onChunk(int index, Object[] values, Throwable[] errors) {
        if (!claim()) {
            return;
        }
        // Python runs the callback before the result is ready.
        if (errors[0] == null) {
            callback(callback, (R) values[0]);
            result.set((R) values[0]);
        } else {
            callback(errorCallback, errors[0]);
            result.fail(errors[0]);
        }
        ended();
    }

    @Override
    void fail(Throwable error) {
        if (claim()) {
            callback(errorCallback, error);
            result.fail(error);
        }
        ended();
    }

    /** Whether this call delivers the outcome: a result and a terminate may race, one callback runs. */
    private synchronized boolean claim() {
        if (claimed) {
            return false;
        }
        claimed = true;
        return true;
    }

    @Override
    long total() {
        return 1;
    }
}
