package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.Array;
import dev.mp4j.shared.RawArray;
import dev.mp4j.shared.RawValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Two workers sum the halves of a shared {@code Array('d')} of {@value #N} doubles, as the
 * CPython script {@code python_shared_bench.py} does with {@code Array('d', N)}.
 *
 * <p>Timed span (the same on both sides): from the parent's "go", given once both workers
 * have started and said they are ready, to the parent seeing both partial sums stored.
 * Worker start-up is not timed (it is the {@code process_start_join} row's); the parent and
 * the waiting workers poll their flags every 0.1 ms, so as not to steal the 2 workers'
 * CPUs. Each worker reads its half without the lock (Python: {@code arr.get_obj()[lo:hi]};
 * mp4j: {@link Array#getObj()} copied out in chunks of {@value #CHUNK} doubles and summed),
 * and the parent checks the total exactly (the elements are the integers 0..N-1).
 */
final class ArraySumParallel {

    static final int N = 10_000_000;
    private static final int WORKERS = 2;
    private static final int CHUNK = 8192;
    private static final long POLL_NANOS = 100_000;

    private ArraySumParallel() {}

    /** Milliseconds from "go" to both sums stored. */
    static double millis(Context ctx) {
        Array<Double> array = Array.of(ctx, 'd', N);
        double[] chunk = new double[CHUNK];
        for (int from = 0; from < N; from += CHUNK) {
            int n = Math.min(CHUNK, N - from);
            for (int k = 0; k < n; k++) {
                chunk[k] = from + k;
            }
            array.getObj().copyFrom(from, chunk, 0, n);
        }
        RawValue<Integer> ready = RawValue.ofInt(ctx, 0);
        RawValue<Integer> go = RawValue.ofInt(ctx, 0);
        RawValue<Integer> done = RawValue.ofInt(ctx, 0);
        RawArray<Double> sums = RawArray.of(ctx, 'd', WORKERS);
        List<Process> ps = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            ps.add(worker(ctx, array, w, ready, go, done, sums));
        }
        ps.forEach(Process::start);
        while (ready.get() < WORKERS) {
            LockSupport.parkNanos(POLL_NANOS);
        }
        long t = System.nanoTime();
        go.set(1);
        while (done.get() < WORKERS) {
            LockSupport.parkNanos(POLL_NANOS);
        }
        double millis = (System.nanoTime() - t) / 1e6;
        ps.forEach(Process::join);
        ps.forEach(Checks::exitedNormally);
        double total = sums.getDouble(0) + sums.getDouble(1);
        double expected = (double) N * (N - 1) / 2;
        if (total != expected) {
            throw new IllegalStateException("the halves sum to " + total + ", not " + expected);
        }
        return millis;
    }

    // Static, so that the target captures only the serializable handles and numbers.
    private static Process worker(Context ctx, Array<Double> array, int w, RawValue<Integer> ready,
                                  RawValue<Integer> go, RawValue<Integer> done, RawArray<Double> sums) {
        return new Process(ctx, () -> {
            ready.incrementAndGet();
            while (go.get() == 0) {
                LockSupport.parkNanos(POLL_NANOS);
            }
            int half = N / WORKERS;
            int from = w * half;
            int to = w == WORKERS - 1 ? N : from + half;
            sums.setDouble(w, sum(array.getObj(), from, to));
            done.incrementAndGet();
        });
    }

    /** The sum of elements [from, to), copied out in chunks of {@value #CHUNK} doubles. */
    static double sum(RawArray<Double> array, int from, int to) {
        double[] buf = new double[CHUNK];
        double s = 0;
        for (int at = from; at < to; at += CHUNK) {
            int n = Math.min(CHUNK, to - at);
            array.copyTo(at, buf, 0, n);
            s += sumChunk(buf, n);
        }
        return s;
    }

    /*
     * A method of its own, so the JIT compiles it as a whole after a few chunks rather than
     * replacing one long loop on the stack; four partial sums keep four additions in flight.
     */
    private static double sumChunk(double[] buf, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += buf[k];
            s1 += buf[k + 1];
            s2 += buf[k + 2];
            s3 += buf[k + 3];
        }
        for (; k < n; k++) {
            s0 += buf[k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
