package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Queue;
import dev.mp4j.queues.SimpleQueue;
import dev.mp4j.sync.Barrier;
import java.util.ArrayList;
import java.util.List;

/**
 * Small ints through a queue, as the CPython script {@code python_queue_bench.py} measures
 * {@code queue_1to1_100k}, {@code queue_4to1_100k} and {@code simplequeue_1to1_100k}: the
 * producer workers each put {@value #WARM} ints untimed, they and this process meet at a
 * barrier (so start-up is not timed, on either side), the producers put {@value #N} ints
 * between them, and this process takes them all; messages per second from the barrier to the
 * last get.
 *
 * <p>The warm-up is per producer and long enough for a fresh worker JVM to reach compiled
 * code: its JIT compiles the put path (C2) only after some 80,000 to 100,000 puts, and a
 * warm-up of 20,000 timed the interpreter, not the queue. The cold figure is in the bench
 * README.
 */
final class QueueThroughput {

    private static final int N = 100_000;
    private static final int WARM = 200_000;
    /** On a cluster each put and get is a round trip to it: fewer of them, the same measure. */
    private static final int CLUSTER_N = 2_000;
    private static final int CLUSTER_WARM = 1_000;

    private QueueThroughput() {}

    static double oneToOne(Context ctx) {
        return queue(ctx, 1);
    }

    static double fourToOne(Context ctx) {
        return queue(ctx, 4);
    }

    private static double queue(Context ctx, int producers) {
        Queue<Integer> q = new Queue<>(ctx);
        Barrier start = new Barrier(ctx, producers + 1);
        boolean cluster = ctx.kind() == Context.Kind.CLUSTER;
        int n = cluster ? CLUSTER_N : N;
        int warm = cluster ? CLUSTER_WARM : WARM;
        int each = n / producers;
        return timed(ctx, producers, start, () -> {
            for (int i = 0; i < warm; i++) {
                q.put(i);
            }
            start.await();
            for (int i = 0; i < each; i++) {
                q.put(i);
            }
        }, () -> {
            for (int i = 0; i < warm * producers; i++) {
                q.get();
            }
        }, () -> {
            for (int i = 0; i < each * producers; i++) {
                q.get();
            }
        });
    }

    static double simpleOneToOne(Context ctx) {
        SimpleQueue<Integer> q = new SimpleQueue<>(ctx);
        Barrier start = new Barrier(ctx, 2);
        return timed(ctx, 1, start, () -> {
            for (int i = 0; i < WARM; i++) {
                q.put(i);
            }
            start.await();
            for (int i = 0; i < N; i++) {
                q.put(i);
            }
        }, () -> {
            for (int i = 0; i < WARM; i++) {
                q.get();
            }
        }, () -> {
            for (int i = 0; i < N; i++) {
                q.get();
            }
        });
    }

    /**
     * Starts {@code producers} workers running {@code produce}, runs {@code warm}, meets them
     * at {@code start}, times {@code consume}.
     */
    private static double timed(Context ctx, int producers, Barrier start, Process.Target produce, Runnable warm,
                                Runnable consume) {
        List<Process> workers = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            Process worker = new Process(ctx, produce);
            worker.start();
            workers.add(worker);
        }
        warm.run();
        start.await();
        long t0 = System.nanoTime();
        consume.run();
        long elapsed = System.nanoTime() - t0;
        for (Process worker : workers) {
            worker.join();
            Checks.exitedNormally(worker);
        }
        return (ctx.kind() == Context.Kind.CLUSTER ? CLUSTER_N : N) / (elapsed / 1e9);
    }
}
