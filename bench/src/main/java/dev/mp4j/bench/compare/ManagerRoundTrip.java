package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.managers.Manager;
import java.util.Map;

/**
 * One round trip to a manager's server: {@code d.put("k", i)} on a spawn manager's
 * {@code dict()} proxy, as the CPython script's {@code d["k"] = i} on a SyncManager's dict.
 * 20,000 untimed first on both sides (the proxy's and the server's paths compiled), then
 * 10,000 timed; us per round trip.
 */
final class ManagerRoundTrip {

    private static final int WARM = 20_000;
    private static final int N = 10_000;

    private ManagerRoundTrip() {}

    static double microsPerRoundTrip(Context ctx) {
        try (Manager m = Manager.start(ctx)) {
            Map<String, Integer> d = m.dict();
            put(d, 0, WARM);
            long t = System.nanoTime();
            put(d, WARM, N);
            long dt = System.nanoTime() - t;
            if (d.get("k") != WARM + N - 1) {
                throw new IllegalStateException("the dict holds " + d.get("k") + ", not " + (WARM + N - 1));
            }
            return dt / 1e3 / N;
        }
    }

    private static void put(Map<String, Integer> d, int start, int n) {
        for (int i = start; i < start + n; i++) {
            d.put("k", i);
        }
    }
}
