package dev.mp4j.pool;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.ProcessError;
import dev.mp4j.core.SerializationError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.internal.spawn.FramedChannel;
import dev.mp4j.core.internal.spawn.AuthListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Workers that are child JVMs. Each worker is a daemon {@link Process} of the spawn context
 * running a {@link WorkerLoop}; it connects back to a Unix socket of its own in the runtime
 * directory and authenticates with the HMAC handshake of the control channel.
 *
 * <p>Dispatch: chunks wait in one queue; each connected worker has up to {@link #WINDOW}
 * chunks in flight, sent several to a frame, so a worker never waits for a round trip.
 * One reader thread per worker receives its results, tops its window up, and completes
 * the chunks' jobs (callbacks run there).
 *
 * <p>Loss: a worker claims a chunk in shared memory before it runs it ({@link Claims}).
 * When its channel ends, the chunks it claimed and gave no result for fail with
 * {@link WorkerLostError} naming its pid and exit code; the chunks it had not started go
 * back to the front of the queue, so no task runs twice and no other task fails; a fresh
 * worker replaces it.
 */
final class SpawnPoolBacking extends PoolBacking {

    /** Chunks in flight per worker: enough that small chunks do not wait for round trips. */
    static final int WINDOW = 32;
    /** The bytes each end of a worker's channel reads at once: a frame of tasks or results is small. */
    static final int READ_AHEAD = 64 * 1024;
    /** A submitting thread sends straight to a worker that holds fewer chunks than this. */
    private static final int EAGER = 2;
    private static final Duration EXIT_GRACE = Duration.ofSeconds(5);
    /** Workers in a row that may end before they connect, with none connected, before the pool gives up. */
    private static final int MAX_FAILED_STARTS = 3;

    private final class Link {
        final Process process;
        final AuthListener listener;
        /** Sent and without a result, in the order sent. */
        final Map<Long, Chunk> inFlight = new LinkedHashMap<>();
        /** Which of those the worker has started. */
        final Claims claims;
        FramedChannel channel;
        int sent;
        /** It returned its unstarted chunks while one runs long: it gets no more until a result comes. */
        boolean busy;

        Link(Process process, AuthListener listener, Claims claims) {
            this.process = process;
            this.listener = listener;
            this.claims = claims;
        }
    }

    private final Object lock = new Object();
    /** Guarded by lock. */
    private final ArrayDeque<Chunk> pending = new ArrayDeque<>();
    /** Guarded by lock. */
    private final List<Link> links = new ArrayList<>();
    /** Every worker ever started, for join. Guarded by lock. */
    private final List<Process> started = new ArrayList<>();
    /** Guarded by lock. */
    private boolean stopping;
    /** Workers in a row that ended before they connected. Guarded by lock. */
    private int failedStarts;
    /** Set once {@link #MAX_FAILED_STARTS} workers in a row could not start: every chunk fails with it. Guarded by lock. */
    private ProcessError broken;
    private final AtomicInteger names = new AtomicInteger();
    private final AtomicLong chunkIds = new AtomicLong();

    SpawnPoolBacking(Context context, PoolOptions options) {
        super(context, options);
    }

    @Override
    boolean serializes() {
        return true;
    }

    @Override
    void startWorkers() {
        if (options.initializer() != null) {
            Serialization.serialize(options.initializer(), "the initializer of the pool");
        }
        for (int i = 0; i < processes; i++) {
            startWorker();
        }
    }

    private void startWorker() {
        AuthListener listener;
        try {
            listener = AuthListener.control();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a socket for a pool worker", e);
        }
        Claims claims = Claims.create();
        Process process = new Process(context, new WorkerLoop(listener.address().toString(), claims.name(),
                options.initializer(), options.maxTasksPerChild()), "SpawnPoolWorker-" + names.incrementAndGet(), true);
        Link link = new Link(process, listener, claims);
        synchronized (lock) {
            if (stopping) {
                // A replacement that lost the race with close or terminate.
                listener.close();
                claims.close();
                return;
            }
            links.add(link);
        }
        try {
            process.start();
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                links.remove(link);
            }
            listener.close();
            claims.close();
            throw e;
        }
        synchronized (lock) {
            started.add(process);
        }
        // A worker that dies before it connects must not leave accept() blocked.
        Thread.ofVirtual().start(() -> {
            process.join();
            listener.close();
        });
        Thread.ofPlatform().daemon().name("mp4j-pool-reader-" + process.name()).start(() -> read(link));
    }

    private void read(Link link) {
        try (FramedChannel channel = link.listener.acceptAuthenticated(link.process.authkey())) {
            channel.readAhead(READ_AHEAD);
            synchronized (lock) {
                link.channel = channel;
                if (stopping) {
                    channel.close();
                }
            }
            dispatch(false);
            while (true) {
                WireFormat.WorkerFrame frame = WireFormat.readWorkerFrame(channel.recv());
                List<byte[]> results = frame.results();
                List<Chunk> chunks = new ArrayList<>(results.size());
                synchronized (lock) {
                    for (byte[] result : results) {
                        chunks.add(link.inFlight.remove(WireFormat.chunkIdOf(result)));
                    }
                    if (!results.isEmpty()) {
                        link.busy = false;
                    }
                    takeBack(link, frame.returns());
                }
                dispatch(true);
                for (int i = 0; i < chunks.size(); i++) {
                    Chunk chunk = chunks.get(i);
                    if (chunk != null) {
                        try {
                            WireFormat.ResultRecord r = WireFormat.readResults(results.get(i));
                            chunk.complete(r.values(), r.errors());
                        } catch (SerializationError e) {
                            chunk.completeAll(e);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The worker ended, or the pool closed its channel.
        } finally {
            link.listener.close();
            lost(link);
        }
    }

    /**
     * Under lock: the chunks a worker returned unrun, because the one it runs takes long, go
     * to the front of the queue for an idle worker, in their order.
     */
    private void takeBack(Link link, long[] returned) {
        List<Chunk> back = new ArrayList<>(returned.length);
        for (long id : returned) {
            Chunk chunk = link.inFlight.get(id);
            if (chunk != null) {
                unsend(link, id);
                chunk.stopTimer();
                back.add(chunk);
            }
        }
        if (!back.isEmpty()) {
            link.busy = true;
            for (int i = back.size() - 1; i >= 0; i--) {
                pending.addFirst(back.get(i));
            }
        }
    }

    /**
     * The worker's channel ended: the chunks it claimed and gave no result for fail, those it
     * had not started go back to the front of the queue in their order, and it is replaced
     * unless the pool is stopping. Every frame it wrote before it died has been read by now.
     */
    private void lost(Link link) {
        Process process = link.process;
        if (!process.join(EXIT_GRACE)) {
            process.kill();
            process.join();
        }
        List<Chunk> orphans = new ArrayList<>();
        List<Chunk> unstarted = new ArrayList<>();
        List<Chunk> stranded = List.of();
        ProcessError cannotStart;
        boolean replace;
        synchronized (lock) {
            links.remove(link);
            started.remove(process); // it has ended; the list would grow with every replacement
            // The worker has ended: its claims are final.
            for (Map.Entry<Long, Chunk> e : link.inFlight.entrySet()) {
                (link.claims.contains(e.getKey()) ? orphans : unstarted).add(e.getValue());
            }
            link.inFlight.clear();
            // Out of links, nobody reads its claims again.
            link.claims.close();
            if (link.channel != null) {
                failedStarts = 0;
            } else if (!stopping && ++failedStarts >= MAX_FAILED_STARTS
                    && links.stream().noneMatch(l -> l.channel != null)) {
                // No worker can start (its target cannot be read there, the JVM cannot launch):
                // replacing it forever would leave every task waiting forever.
                broken = new ProcessError("pool workers cannot start: " + process.name() + " (pid "
                        + process.pid() + ") exited with code " + process.exitCode()
                        + " before it connected, as did the " + (failedStarts - 1) + " before it; see its stderr");
                stranded = new ArrayList<>(pending);
                pending.clear();
            }
            cannotStart = broken;
            replace = !stopping && broken == null;
            if (replace) {
                for (int i = unstarted.size() - 1; i >= 0; i--) {
                    Chunk chunk = unstarted.get(i);
                    // Its clock restarts when a worker gets it again.
                    chunk.stopTimer();
                    pending.addFirst(chunk);
                }
                unstarted.clear();
            }
        }
        // Only when stopping (every job has ended or failed) or broken are unstarted chunks left.
        orphans.addAll(unstarted);
        dev.mp4j.core.internal.Log.log("pool", orphans.isEmpty() ? System.Logger.Level.DEBUG : System.Logger.Level.WARNING,
                "pool worker " + process.name() + " (pid " + process.pid() + ") ended with exitcode " + process.exitCode()
                        + (orphans.isEmpty() ? "" : ", failing its " + orphans.size() + " unfinished chunk(s) with WorkerLostError")
                        + (replace ? "; replacing it" : ""));
        if (!orphans.isEmpty()) {
            WorkerLostError error = new WorkerLostError(process.pid(), process.exitCode());
            for (Chunk chunk : orphans) {
                chunk.completeAll(error);
            }
        }
        for (Chunk chunk : stranded) {
            chunk.completeAll(cannotStart);
        }
        if (replace) {
            dispatch(false);
            try {
                startWorker();
            } catch (RuntimeException e) {
                System.err.println("mp4j: cannot replace a lost pool worker: " + e);
            }
        }
    }

    @Override
    void submit(Chunk chunk) {
        ProcessError cannotStart;
        synchronized (lock) {
            cannotStart = broken;
            if (cannotStart == null) {
                pending.add(chunk);
            }
        }
        if (cannotStart != null) {
            chunk.completeAll(cannotStart);
            return;
        }
        dispatch(false);
    }

    /**
     * Tops up the window of every connected worker from the queue; sends outside the lock.
     * A reader that just received a result ({@code refill}) tops up its windows once they
     * are half empty, so that a busy queue goes out many chunks to a frame and a worker
     * wakes once for them; a submitter only feeds workers that are nearly idle.
     */
    private void dispatch(boolean refill) {
        int max = options.maxTasksPerChild();
        List<Link> targets = new ArrayList<>();
        List<List<Chunk>> batches = new ArrayList<>();
        List<long[]> ids = new ArrayList<>();
        synchronized (lock) {
            if (pending.isEmpty()) {
                return;
            }
            // A submitter feeds the least loaded worker first, so that a task does not queue
            // behind a long one while another worker idles.
            List<Link> order = links;
            if (!refill && links.size() > 1) {
                order = new ArrayList<>(links);
                order.sort(java.util.Comparator.comparingInt(l -> l.inFlight.size()));
            }
            for (Link link : order) {
                int window = options.taskTimeout() != null ? 1 : WINDOW;
                int held = link.inFlight.size();
                // A submitter sends at once only to a worker that is nearly idle (latency); a
                // busy worker is refilled by its reader, many chunks to a frame (throughput).
                if (link.channel == null || link.busy || pending.isEmpty()
                        || (refill ? held > window / 2 : held >= Math.min(EAGER, window))) {
                    continue;
                }
                // A fair share of the queue, so that a worker that connects first does not take it all.
                int share = (pending.size() + links.size() - 1) / links.size();
                int room = Math.min(share, window - link.inFlight.size());
                if (max > 0) {
                    room = Math.min(room, max - link.sent);
                }
                if (room <= 0) {
                    continue;
                }
                List<Chunk> batch = new ArrayList<>(room);
                long[] batchIds = new long[room];
                while (batch.size() < room && !pending.isEmpty()) {
                    Chunk chunk = pending.poll();
                    if (chunk.finished()) {
                        continue; // it timed out while it waited to go to a worker again
                    }
                    long id = chunkIds.incrementAndGet();
                    batchIds[batch.size()] = id;
                    batch.add(chunk);
                    link.inFlight.put(id, chunk);
                }
                if (batch.isEmpty()) {
                    continue;
                }
                link.sent += batch.size();
                targets.add(link);
                batches.add(batch);
                ids.add(batchIds);
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            Link link = targets.get(i);
            if (options.taskTimeout() != null) {
                for (Chunk chunk : batches.get(i)) {
                    TaskTimer.start(chunk, options.taskTimeout(), link.process::kill);
                }
            }
            send(link, WireFormat.tasks(batches.get(i), ids.get(i)));
        }
    }

    /**
     * Sends a frame of tasks from any thread. A socket channel closes itself when its user's
     * interrupt flag is set, which would lose the worker: the flag is put aside meanwhile.
     */
    private static void send(Link link, byte[] frame) {
        boolean interrupted = Thread.interrupted();
        try {
            link.channel.send(frame);
        } catch (IOException e) {
            // The worker is gone: its reader fails the chunks in flight.
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    void stopWorkers() {
        List<Link> open;
        synchronized (lock) {
            stopping = true;
            open = new ArrayList<>(links);
        }
        for (Link link : open) {
            FramedChannel channel;
            synchronized (lock) {
                channel = link.channel;
            }
            if (channel != null) {
                close(channel);
            }
        }
    }

    @Override
    void killWorkers() {
        List<Process> all;
        Set<Process> booting = new HashSet<>();
        synchronized (lock) {
            stopping = true;
            pending.clear();
            all = new ArrayList<>(started);
            for (Link link : links) {
                if (link.channel == null) {
                    booting.add(link.process);
                }
            }
        }
        for (Process p : all) {
            if (!p.isAlive()) {
                continue;
            }
            // A JVM still booting has nothing to clean up, and SIGTERM that early makes it
            // print a shutdown warning of the JDK on the parent's stderr.
            if (booting.contains(p)) {
                p.kill();
            } else {
                p.terminate();
            }
        }
    }

    @Override
    boolean joinWorkers(long nanos) {
        long start = System.nanoTime();
        Set<Process> joined = new HashSet<>();
        while (true) {
            // Again until no worker is new: a replacement may have started meanwhile.
            List<Process> all;
            synchronized (lock) {
                all = new ArrayList<>(started);
            }
            all.removeAll(joined);
            if (all.isEmpty()) {
                return true;
            }
            for (Process p : all) {
                if (nanos < 0) {
                    p.join();
                } else if (!p.join(Duration.ofNanos(Timeouts.remaining(start, nanos)))) {
                    return false;
                }
                joined.add(p);
            }
        }
    }

    @Override
    boolean workersEnded() {
        synchronized (lock) {
            return started.stream().noneMatch(Process::isAlive);
        }
    }

    @Override
    boolean unqueue(Chunk chunk) {
        Link holder = null;
        long id = 0;
        synchronized (lock) {
            if (pending.remove(chunk)) {
                return true;
            }
            for (Link link : links) {
                Long held = idOf(link, chunk);
                if (held != null) {
                    if (link.claims.contains(held)) {
                        return false; // it runs
                    }
                    holder = link;
                    id = held;
                    break;
                }
            }
            if (holder == null) {
                return false;
            }
            unsend(holder, id);
        }
        send(holder, WireFormat.cancels(new long[] {id}));
        return true;
    }

    /**
     * Under lock: forgets a chunk sent to {@code link} and not claimed; the worker is told to
     * drop it. A claim of it, or a result, that crosses the cancel is ignored.
     */
    private static void unsend(Link link, long id) {
        link.inFlight.remove(id);
        link.sent--; // the worker never counts it against maxTasksPerChild
    }

    /** Under lock: the id under which {@code link} holds {@code chunk}, or null. */
    private static Long idOf(Link link, Chunk chunk) {
        for (Map.Entry<Long, Chunk> e : link.inFlight.entrySet()) {
            if (e.getValue() == chunk) {
                return e.getKey();
            }
        }
        return null;
    }

    @Override
    void stopRun(Chunk chunk) {
        Process victim = null;
        synchronized (lock) {
            for (Link link : links) {
                Long id = idOf(link, chunk);
                if (id != null && link.claims.contains(id)) {
                    victim = link.process;
                    break;
                }
            }
        }
        if (victim != null) {
            // Its reader sees the channel end and replaces it, as for any lost worker.
            dev.mp4j.core.internal.Log.log("pool", System.Logger.Level.DEBUG, "pool worker " + victim.name()
                    + " (pid " + victim.pid() + ") killed: its running task was cancelled");
            victim.kill();
        }
    }

    @Override
    List<Chunk> drainUnstarted() {
        List<Chunk> drained = new ArrayList<>();
        Map<Link, long[]> cancels = new LinkedHashMap<>();
        synchronized (lock) {
            for (Link link : links) {
                long[] ids = link.inFlight.keySet().stream().filter(id -> !link.claims.contains(id))
                        .mapToLong(Long::longValue).toArray();
                for (long id : ids) {
                    drained.add(link.inFlight.get(id));
                    unsend(link, id);
                }
                if (ids.length > 0 && link.channel != null) {
                    cancels.put(link, ids);
                }
            }
            drained.addAll(pending);
            pending.clear();
        }
        cancels.forEach((link, ids) -> send(link, WireFormat.cancels(ids)));
        return drained;
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing on the way out.
        }
    }
}
