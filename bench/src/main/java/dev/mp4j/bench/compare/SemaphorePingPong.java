package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.sync.Semaphore;

/**
 * A permit handed back and forth between two workers through two {@link Semaphore}s, as the
 * CPython script {@code python_sync_bench.py} measures {@code semaphore_pingpong}: the
 * parent releases {@code a} and acquires {@code b}; the worker acquires {@code a} and
 * releases {@code b}. One warm-up round trip, then {@value #N} timed; microseconds per round trip.
 */
final class SemaphorePingPong {

    private static final int N = 5_000;

    private SemaphorePingPong() {}

    static double microsPerRoundTrip(Context ctx) {
        Semaphore a = new Semaphore(ctx, 0);
        Semaphore b = new Semaphore(ctx, 0);
        Process echo = new Process(ctx, () -> {
            for (int i = 0; i < N + 1; i++) {
                a.acquire();
                b.release();
            }
        });
        echo.start();
        a.release();
        b.acquire();
        long t = System.nanoTime();
        for (int i = 0; i < N; i++) {
            a.release();
            b.acquire();
        }
        double micros = (System.nanoTime() - t) / 1e3;
        echo.join();
        Checks.exitedNormally(echo);
        return micros / N;
    }
}
