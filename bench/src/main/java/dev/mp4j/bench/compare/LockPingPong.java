package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.Value;
import java.util.List;

/**
 * Lock handoff between two workers, as the CPython script's {@code lock_pingpong}
 * ({@code value_turn_pingpong}): a turn {@link Value} with its own lock; each worker
 * {@value #N} times spins taking the Value's lock until the turn is its own, then gives the
 * turn to the other. Timed from the first {@code start()} to the last {@code join()}, as in
 * Python, and divided by {@value #N} round trips.
 */
final class LockPingPong {

    private static final int N = 5_000;

    private LockPingPong() {}

    /** Microseconds per round trip. */
    static double microsPerRoundTrip(Context ctx) {
        Value<Integer> turn = Value.ofInt(ctx, 0);
        List<Process> ps = List.of(player(ctx, turn, 0), player(ctx, turn, 1));
        long t = System.nanoTime();
        ps.forEach(Process::start);
        ps.forEach(Process::join);
        double micros = (System.nanoTime() - t) / 1e3;
        ps.forEach(Checks::exitedNormally);
        return micros / N;
    }

    // As in Python, get() and set() re-enter the Value's RLock held around them.
    private static Process player(Context ctx, Value<Integer> turn, int me) {
        return new Process(ctx, () -> {
            for (int i = 0; i < N; i++) {
                while (true) {
                    try (var _ = turn.getLock().hold()) {
                        if (turn.get() == me) {
                            turn.set(1 - me);
                            break;
                        }
                    }
                }
            }
        });
    }
}
