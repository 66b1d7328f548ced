package dev.mp4j.pool;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.SettableFuture;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The only class that touches Guava, which is an optional dependency: {@link AsyncResult}
 * loads and verifies without it, and only {@code toListenableFuture()} needs it.
 */
final class GuavaAdapter {

    private GuavaAdapter() {}

    static <R> ListenableFuture<R> listenable(CompletableFuture<R> future) {
        SettableFuture<R> listenable = SettableFuture.create();
        future.whenComplete((value, error) -> {
            if (error != null) {
                listenable.setException(error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error);
            } else {
                listenable.set(value);
            }
        });
        return listenable;
    }
}
