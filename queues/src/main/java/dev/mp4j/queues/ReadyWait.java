package dev.mp4j.queues;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.Process;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.shm.CrossProcessSynchronizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * {@link Connection#await}: Python's {@code multiprocessing.connection.wait}. Each object
 * becomes a {@link Waitable}; the spawn ones (a pipe's end, a queue) sleep together in
 * {@link CrossProcessSynchronizer#awaitAny} on their futex words ({@code futex_waitv}), and
 * the others (sockets, threads-context objects, processes) are looked at between its
 * slices, from 50 µs doubling to 10 ms.
 */
final class ReadyWait {

    private ReadyWait() {}

    static <T> List<T> await(java.util.Collection<? extends T> objects, long nanos) {
        List<T> items = List.copyOf(Objects.requireNonNull(objects, "objects"));
        List<Waitable> waitables = items.stream().map(ReadyWait::waitable).toList();
        List<CrossProcessSynchronizer> syncs = new ArrayList<>();
        List<Long> args = new ArrayList<>();
        List<BooleanSupplier> polled = new ArrayList<>();
        for (Waitable w : waitables) {
            if (w.sleepOn() != null) {
                syncs.add(w.sleepOn());
                args.add(w.arg());
            } else {
                polled.add(w.ready());
            }
        }
        long[] argArray = args.stream().mapToLong(Long::longValue).toArray();
        BooleanSupplier others = polled.isEmpty() ? null : () -> polled.stream().anyMatch(BooleanSupplier::getAsBoolean);
        long start = System.nanoTime();
        while (true) {
            List<T> ready = ready(items, waitables);
            if (!ready.isEmpty()) {
                return ready;
            }
            try {
                if (!CrossProcessSynchronizer.awaitAny(syncs, argArray, others, Timeouts.remaining(start, nanos))) {
                    return ready(items, waitables);
                }
            } catch (InterruptedException e) {
                throw new InterruptedError(e);
            }
        }
    }

    private static <T> List<T> ready(List<T> items, List<Waitable> waitables) {
        List<T> ready = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (waitables.get(i).ready().getAsBoolean()) {
                ready.add(items.get(i));
            }
        }
        return ready;
    }

    private static Waitable waitable(Object o) {
        return switch (o) {
            case Connection c -> c.waitable();
            case Queue<?> q -> QueueBackings.waitable(q.sync);
            case SimpleQueue<?> q -> QueueBackings.waitable(q.sync);
            case Process p -> {
                if (p.pid() == null) {
                    throw new IllegalArgumentException("Connection.await: " + p.name() + " has not started");
                }
                yield Waitable.polled(() -> p.exitCode() != null);
            }
            default -> throw new IllegalArgumentException("Connection.await waits for Connections, Queues,"
                    + " JoinableQueues, SimpleQueues and Processes, not a " + o.getClass().getName());
        };
    }
}
