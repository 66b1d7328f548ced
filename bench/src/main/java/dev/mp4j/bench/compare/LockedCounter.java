package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.RawValue;
import dev.mp4j.sync.Lock;
import java.util.List;

/**
 * Contended lock throughput: two workers each add one {@value #N} times to a
 * {@link RawValue} under one {@link Lock}, as the CPython script's
 * {@code locked_counter_2x100k}. Timed from the first {@code start()} to the last
 * {@code join()}, so worker start-up counts, as it does in Python.
 */
final class LockedCounter {

    private static final int N = 100_000;
    private static final int WORKERS = 2;

    private LockedCounter() {}

    /** Increments per second over both workers. */
    static double incrementsPerSecond(Context ctx) {
        RawValue<Integer> v = RawValue.ofInt(ctx, 0);
        Lock lock = new Lock(ctx);
        List<Process> ps = List.of(worker(ctx, v, lock), worker(ctx, v, lock));
        long t = System.nanoTime();
        ps.forEach(Process::start);
        ps.forEach(Process::join);
        double seconds = (System.nanoTime() - t) / 1e9;
        ps.forEach(Checks::exitedNormally);
        if (v.get() != WORKERS * N) {
            throw new IllegalStateException("locked counter ended at " + v.get() + ", not " + WORKERS * N);
        }
        return WORKERS * N / seconds;
    }

    // Static, so that the target captures only the serializable handles and n.
    private static Process worker(Context ctx, RawValue<Integer> v, Lock lock) {
        return new Process(ctx, () -> {
            for (int i = 0; i < N; i++) {
                try (var _ = lock.hold()) {
                    v.set(v.get() + 1);
                }
            }
        });
    }
}
