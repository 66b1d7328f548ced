package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.RawValue;
import dev.mp4j.sync.Event;
import java.time.Duration;
import java.util.Arrays;

/**
 * How long an {@link Event#set()} in one worker takes to wake a waiter in another, as the
 * CPython script {@code python_sync_bench.py} measures {@code event_wake_latency_median}:
 * {@value #WARM} untimed rounds (the Python side does the same: the primitive's steady state,
 * not the JIT's start-up), then {@value #ROUNDS}; in each, the parent waits 1 ms (so the
 * waiter is asleep, not spinning), reads the monotonic clock and sets {@code go}; the waiter,
 * woken, stores its clock reading in a shared value and sets {@code done}. Both clocks are
 * {@code CLOCK_MONOTONIC} ({@code System.nanoTime()}, {@code time.perf_counter()}), so the
 * readings of two processes compare. The figure is the median of the timed rounds, in
 * microseconds.
 */
final class EventWakeLatency {

    private static final int WARM = 500;
    private static final int ROUNDS = 1_000;

    private EventWakeLatency() {}

    static double medianMicros(Context ctx) {
        Event go = new Event(ctx);
        Event done = new Event(ctx);
        RawValue<Long> stamp = RawValue.ofLong(ctx, 0L);
        Process waker = new Process(ctx, () -> {
            for (int i = 0; i < WARM + ROUNDS; i++) {
                go.await();
                stamp.set(System.nanoTime());
                go.clear();
                done.set();
            }
        });
        waker.start();
        double[] latencies = new double[WARM + ROUNDS];
        try {
            for (int i = 0; i < WARM + ROUNDS; i++) {
                done.clear();
                Thread.sleep(1);
                long t = System.nanoTime();
                go.set();
                if (!done.await(Duration.ofSeconds(30))) {
                    throw new IllegalStateException("the waiter did not answer round " + i);
                }
                latencies[i] = (stamp.get() - t) / 1e3;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        waker.join();
        Checks.exitedNormally(waker);
        return Samples.median(Arrays.copyOfRange(latencies, WARM, WARM + ROUNDS));
    }
}
