package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.sync.Semaphore;

/**
 * A permit handed back and forth between two workers through two {@link Semaphore}s, as the
 * CPython script {@code python_sync_bench.py} measures {@code semaphore_pingpong}: the
 * parent releases {@code a} and acquires {@code b}; the worker acquires {@code a} and
 * releases {@code b}. {@value #WARM} untimed round trips (the Python side does the same), so
 * that the figure is the steady state and not the JIT's start-up, then {@value #N} timed;
 * microseconds per round trip.
 */
final class SemaphorePingPong {

    private static final int WARM = 50_000;
    private static final int N = 5_000;

    private SemaphorePingPong() {}

    static double microsPerRoundTrip(Context ctx) {
        Semaphore a = new Semaphore(ctx, 0);
        Semaphore b = new Semaphore(ctx, 0);
        Process echo = new Process(ctx, () -> {
            for (int i = 0; i < WARM + N; i++) {
                a.acquire();
                b.release();
            }
        });
        echo.start();
        for (int i = 0; i < WARM; i++) {
            a.release();
            b.acquire();
        }
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
