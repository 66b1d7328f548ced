package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.RawArray;
import dev.mp4j.shared.RawValue;
import dev.mp4j.sync.Barrier;
import dev.mp4j.sync.Lock;
import java.util.List;

/**
 * Contended lock throughput: two workers each add one {@value #N} times to a
 * {@link RawValue} under one {@link Lock}, as the CPython script's
 * {@code locked_counter_2x100k}. Both meet at a {@link Barrier} once started, add
 * {@value #WARM} times each untimed (so does the Python side: the lock's steady state, not
 * the interpreter's, which a fresh JVM runs for its first tens of thousands), and meet at it
 * again, so worker start-up is not timed (it is the {@code process_start_join} row's). The
 * warm-up is contended: a worker that warmed alone (the other still booting) had its
 * acquire compiled for a lock that is always free, and the first contended acquire
 * deoptimized it inside the timed span (2–3M incr/s in such runs, 6–9M in the others).
 * Each reads the monotonic clock as it leaves the barrier and after its last increment, and
 * the span runs from the earlier start to the later end.
 */
final class LockedCounter {

    private static final int N = 100_000;
    /** Untimed increments of each worker before the barrier (the Python side does the same). */
    private static final int WARM = 200_000;
    private static final int WORKERS = 2;

    private LockedCounter() {}

    /** Increments per second over both workers. */
    static double incrementsPerSecond(Context ctx) {
        RawValue<Integer> v = RawValue.ofInt(ctx, 0);
        Lock lock = new Lock(ctx);
        Barrier started = new Barrier(ctx, WORKERS);
        // Worker w stores its start at 2w and its end at 2w + 1 (System.nanoTime()).
        RawArray<Long> stamps = RawArray.of(ctx, 'q', 2 * WORKERS);
        List<Process> ps = List.of(worker(ctx, v, lock, started, stamps, 0), worker(ctx, v, lock, started, stamps, 1));
        ps.forEach(Process::start);
        ps.forEach(Process::join);
        ps.forEach(Checks::exitedNormally);
        if (v.get() != WORKERS * (WARM + N)) {
            throw new IllegalStateException("locked counter ended at " + v.get() + ", not " + WORKERS * (WARM + N));
        }
        long start = Math.min(stamps.getLong(0), stamps.getLong(2));
        long end = Math.max(stamps.getLong(1), stamps.getLong(3));
        return WORKERS * N / ((end - start) / 1e9);
    }

    // Static, so that the target captures only the serializable handles and numbers.
    private static Process worker(Context ctx, RawValue<Integer> v, Lock lock, Barrier started,
                                  RawArray<Long> stamps, int w) {
        return new Process(ctx, () -> {
            started.await();
            increment(v, lock, WARM);
            started.await();
            stamps.setLong(2 * w, System.nanoTime());
            increment(v, lock, N);
            stamps.setLong(2 * w + 1, System.nanoTime());
        });
    }

    private static void increment(RawValue<Integer> v, Lock lock, int n) {
        for (int i = 0; i < n; i++) {
            try (var _ = lock.hold()) {
                v.set(v.get() + 1);
            }
        }
    }
}
