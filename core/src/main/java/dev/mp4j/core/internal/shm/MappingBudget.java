package dev.mp4j.core.internal.shm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many mp4j files this JVM may have mapped at once. Linux allows a process
 * {@code vm.max_map_count} mappings (65,530 by default) for everything, its heap, thread
 * stacks and libraries included; a JVM that reaches the limit fails wherever it next needs
 * one, and can die with a fatal error. mp4j stops well short of it: past the budget,
 * creating or attaching one more segment fails with an error that names the limit.
 * Small primitives share arena files, so only large Arrays and SharedMemory blocks count
 * one each.
 */
final class MappingBudget {

    /** Mappings left to the JVM itself and to the application's own. */
    private static final int HEADROOM = 10_000;

    private static final AtomicInteger LIVE = new AtomicInteger();
    private static final int MAX_MAP_COUNT = maxMapCount();
    /** Settable by tests. */
    static volatile int limit = MAX_MAP_COUNT == Integer.MAX_VALUE
            ? Integer.MAX_VALUE : Math.max(1_000, MAX_MAP_COUNT - HEADROOM);

    private MappingBudget() {}

    /** Counts one more mapping, or throws if the budget is spent. */
    static void take(String what) {
        if (LIVE.incrementAndGet() > limit) {
            LIVE.decrementAndGet();
            throw new IllegalStateException("cannot map " + what + ": this JVM already has " + limit
                    + " mp4j files mapped, mp4j's share of vm.max_map_count ("
                    + (MAX_MAP_COUNT == Integer.MAX_VALUE ? "unknown" : MAX_MAP_COUNT)
                    + " mappings per process); close or drop SharedMemory blocks and large Arrays you no longer"
                    + " use, or raise the limit (sysctl vm.max_map_count)");
        }
    }

    /** Gives one mapping back. */
    static void give() {
        LIVE.decrementAndGet();
    }

    /** Live mp4j mappings of this JVM (for tests and diagnostics). */
    static int live() {
        return LIVE.get();
    }

    private static int maxMapCount() {
        try {
            return Integer.parseInt(Files.readString(Path.of("/proc/sys/vm/max_map_count")).strip());
        } catch (IOException | RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}
