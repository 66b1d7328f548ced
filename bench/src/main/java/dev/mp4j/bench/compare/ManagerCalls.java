package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.managers.Manager;
import dev.mp4j.queues.Queue;
import java.util.Map;

/**
 * Calls a program makes on what a spawn {@link Manager} hands out, as the CPython script's
 * calls on a {@code SyncManager}'s: 10,000 rounds untimed first on both sides (the proxy's and
 * the server's paths compiled, the interpreter's caches warm), then 10,000 timed; operations
 * per second, a round counting as two.
 */
final class ManagerCalls {

    private static final int WARM = 10_000;
    private static final int N = 10_000;

    private ManagerCalls() {}

    /** {@code d.put("k", i); d.get("k")} on a {@code dict()} proxy: each one round trip to the server JVM. */
    static double dictSetGetPerSecond(Context ctx) {
        try (Manager m = Manager.start(ctx)) {
            Map<String, Integer> d = m.dict();
            setGet(d, 0, WARM);
            long t = System.nanoTime();
            setGet(d, WARM, N);
            long dt = System.nanoTime() - t;
            return 2.0 * N / (dt / 1e9);
        }
    }

    private static void setGet(Map<String, Integer> d, int start, int n) {
        for (int i = start; i < start + n; i++) {
            d.put("k", i);
            if (d.get("k") != i) {
                throw new IllegalStateException("the dict holds " + d.get("k") + ", not " + i);
            }
        }
    }

    /**
     * {@code q.put(i); q.get()} on a manager's {@code queue()}. Python's is a proxy, each call a
     * round trip to the manager's server; mp4j's manager hands out the context's own queue,
     * which any process reaches in shared memory: the row measures what each program gets
     * from the same two lines.
     */
    static double queuePutGetPerSecond(Context ctx) {
        try (Manager m = Manager.start(ctx)) {
            Queue<Integer> q = m.queue();
            putGet(q, 0, WARM);
            long t = System.nanoTime();
            putGet(q, WARM, N);
            long dt = System.nanoTime() - t;
            return 2.0 * N / (dt / 1e9);
        }
    }

    private static void putGet(Queue<Integer> q, int start, int n) {
        for (int i = start; i < start + n; i++) {
            q.put(i);
            int got = q.get();
            if (got != i) {
                throw new IllegalStateException("the queue gave " + got + ", not " + i);
            }
        }
    }
}
