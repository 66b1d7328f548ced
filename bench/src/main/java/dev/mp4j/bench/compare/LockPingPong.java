package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.RawValue;
import dev.mp4j.shared.Value;
import java.util.List;

/**
 * Lock handoff between two workers, as the CPython script's {@code value_turn_pingpong}: a
 * turn {@link Value} with its own lock; each worker spins taking the Value's lock until the
 * turn is its own, then gives the turn to the other. {@value #WARM} untimed round trips
 * first (the Python side does the same: the primitive's steady state, not start-up or the
 * JIT's), then {@value #N} timed by worker 0, from its last warm hand-over to its last timed
 * one: exactly {@value #N} round trips lie between. Microseconds per round trip.
 */
final class LockPingPong {

    private static final int WARM = 50_000;
    private static final int N = 5_000;
    /** On a cluster each hand-over is several round trips to it: fewer of them, the same measure. */
    private static final int CLUSTER_WARM = 300;
    private static final int CLUSTER_N = 300;

    private LockPingPong() {}

    /** Microseconds per round trip. */
    static double microsPerRoundTrip(Context ctx) {
        Value<Integer> turn = Value.ofInt(ctx, 0);
        RawValue<Long> t0 = RawValue.ofLong(ctx, 0L);
        RawValue<Long> t1 = RawValue.ofLong(ctx, 0L);
        boolean cluster = ctx.kind() == Context.Kind.CLUSTER;
        int warm = cluster ? CLUSTER_WARM : WARM;
        int n = cluster ? CLUSTER_N : N;
        List<Process> ps = List.of(player(ctx, turn, 0, t0, t1, warm, n), player(ctx, turn, 1, null, null, warm, n));
        ps.forEach(Process::start);
        ps.forEach(Process::join);
        ps.forEach(Checks::exitedNormally);
        return (t1.get() - t0.get()) / 1e3 / n;
    }

    // Static, so that the target captures only the serializable handles and numbers.
    private static Process player(Context ctx, Value<Integer> turn, int me, RawValue<Long> t0, RawValue<Long> t1,
                                  int warm, int n) {
        return new Process(ctx, () -> {
            for (int i = 0; i < warm; i++) {
                handOver(turn, me);
            }
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                handOver(turn, me);
            }
            if (t0 != null) {
                t0.set(start);
                t1.set(System.nanoTime());
            }
        });
    }

    // As in Python, get() and set() re-enter the Value's RLock held around them.
    private static void handOver(Value<Integer> turn, int me) {
        while (true) {
            try (var _ = turn.getLock().hold()) {
                if (turn.get() == me) {
                    turn.set(1 - me);
                    return;
                }
            }
        }
    }
}
