package dev.mp4j.pool;

import java.io.Serial;

/**
 * The one-argument functions that carry {@code apply} tasks and {@code starmap} functions
 * through the chunk machinery, and the tasks that carry an executor's Callables and Runnables. Records, not lambdas: they deserialize without the lambda
 * bootstrap, which counts when every task of {@code applyAsync} travels on its own.
 */
final class Adapters {

    private Adapters() {}

    record TaskFn(Task<?> task) implements Fn<Object, Object> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Object apply(Object ignored) throws Exception {
            return task.call();
        }
    }

    record StarFn2(Fn2<Object, Object, Object> fn) implements Fn<Object, Object> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Object apply(Object args) throws Exception {
            Args2<?, ?> a = (Args2<?, ?>) args;
            return fn.apply(a.a(), a.b());
        }
    }

    record StarFn3(Fn3<Object, Object, Object, Object> fn) implements Fn<Object, Object> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Object apply(Object args) throws Exception {
            Args3<?, ?, ?> a = (Args3<?, ?, ?>) args;
            return fn.apply(a.a(), a.b(), a.c());
        }
    }

    /** A {@link java.util.concurrent.Callable} given to {@link ProcessPoolExecutor}, as a task. */
    record CallableTask<T>(java.util.concurrent.Callable<T> callable) implements Task<T> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public T call() throws Exception {
            return callable.call();
        }
    }

    /** A {@link Runnable} given to {@link ProcessPoolExecutor}, as a task that returns {@code result}. */
    record RunnableTaskOf<T>(Runnable runnable, T result) implements Task<T> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public T call() {
            runnable.run();
            return result;
        }
    }
}
