package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.RawValue;
import dev.mp4j.sync.Barrier;

/**
 * Two workers meeting at a {@link Barrier} of 2, as the CPython script
 * {@code python_sync_bench.py} measures {@code barrier_round_2}: each worker awaits
 * {@value #WARM} times untimed (the Python side does the same: steady state, not the JIT's
 * start-up), then {@value #N} times; the first worker reads the monotonic clock after the
 * first of those and after the last, into shared values. Rounds per second over those
 * {@code N - 1} rounds.
 */
final class BarrierRounds {

    private static final int WARM = 50_000;
    private static final int N = 2_000;

    private BarrierRounds() {}

    static double roundsPerSecond(Context ctx) {
        Barrier barrier = new Barrier(ctx, 2);
        RawValue<Long> t0 = RawValue.ofLong(ctx, 0L);
        RawValue<Long> t1 = RawValue.ofLong(ctx, 0L);
        Process timed = new Process(ctx, () -> party(barrier, t0, t1));
        Process other = new Process(ctx, () -> party(barrier, null, null));
        timed.start();
        other.start();
        timed.join();
        other.join();
        Checks.exitedNormally(timed);
        Checks.exitedNormally(other);
        return (N - 1) / ((t1.get() - t0.get()) / 1e9);
    }

    private static void party(Barrier barrier, RawValue<Long> t0, RawValue<Long> t1) {
        for (int i = 0; i < WARM; i++) {
            barrier.await();
        }
        barrier.await();
        long start = System.nanoTime();
        for (int i = 0; i < N - 1; i++) {
            barrier.await();
        }
        if (t0 != null) {
            t0.set(start);
            t1.set(System.nanoTime());
        }
    }
}
