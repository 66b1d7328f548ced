package dev.mp4j.pool;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.internal.spawn.AuthClient;
import dev.mp4j.core.internal.spawn.FramedChannel;
import java.io.IOException;
import java.io.Serial;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * What a child JVM worker of a spawn pool runs: connect to the pool's socket, authenticate
 * with the inherited authkey, run the initializer, then run chunks and send their outcomes
 * until the pool closes the channel or {@code maxTasks} chunks are done.
 *
 * <p>A daemon thread reads frames into an unbounded inbox, so the pool's sends never wait
 * for this worker to finish a task (the pool bounds what it has in flight). Before it runs
 * chunks the worker claims them in a frame (with the results that wait): when it dies, the
 * pool fails only the chunks it claimed and gave no result for, and sends the others to
 * another worker. Claims grow from one chunk while batches are fast (throughput) and fall
 * back to one after a slow batch; the rest of a batch is released once one of its chunks
 * runs long (so a death fails only the chunk that was running, bar a death within a
 * millisecond of that chunk's start).
 */
record WorkerLoop(String socket, Initializer initializer, int maxTasks) implements Process.Target {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final byte[] END = new byte[0];
    /** A batch of claimed chunks that takes less than this is fast: the next claim doubles. */
    private static final long FAST_BATCH_NANOS = 1_000_000;
    /** The largest claim, and the most results to a frame. */
    static final int MAX_CLAIM = 64;

    @Override
    public void run() throws Exception {
        try (FramedChannel channel = AuthClient.connect(UnixDomainSocketAddress.of(Path.of(socket)),
                Context.currentProcess().authkey())) {
            Throwable initError = null;
            if (initializer != null) {
                try {
                    initializer.run();
                } catch (Throwable t) {
                    initError = t;
                }
            }
            LinkedBlockingQueue<byte[]> inbox = new LinkedBlockingQueue<>();
            Thread.ofPlatform().daemon().name("mp4j-pool-inbox").start(() -> read(channel, inbox));
            Outbox outbox = new Outbox(channel, inbox);
            Thread.ofPlatform().daemon().name("mp4j-pool-outbox").start(outbox::flushLate);
            long cachedJob = -1;
            Fn<Object, Object> cachedFn = null;
            int done = 0;
            int claim = 1;
            while (maxTasks == 0 || done < maxTasks) {
                // With nothing at hand, send the results that wait and sleep until the pool sends more.
                byte[] frame;
                if (!outbox.hasReceived()) {
                    outbox.flush();
                    frame = inbox.take();
                } else {
                    frame = inbox.poll();
                }
                if (frame == END) {
                    break;
                }
                if (frame != null) {
                    outbox.receive(frame);
                    continue;
                }
                // A batch is chunks of one job, whose function is read before the claim: a
                // claimed chunk is one about to run, not one waiting for a cold JVM to decode
                // its lambda (a worker killed then would fail chunks that never started).
                List<WireFormat.TaskRecord> batch = outbox.nextBatch(maxTasks > 0 ? Math.min(claim, maxTasks - done) : claim);
                long job = batch.getFirst().jobId();
                Throwable fnError = null;
                if (job != cachedJob) {
                    cachedFn = null;
                    cachedJob = -1;
                    try {
                        cachedFn = WireFormat.readFunction(batch.getFirst().fn());
                        cachedJob = job;
                    } catch (Throwable t) {
                        fnError = t;
                    }
                }
                // Written before the chunks run: should this JVM die, the pool knows which ones it
                // had started (they fail) and which ones it had not (they go to another worker).
                outbox.claim(batch);
                long began = System.nanoTime();
                WireFormat.TaskRecord task;
                while ((task = outbox.next()) != null) {
                    Object[] values;
                    Throwable[] errors;
                    try {
                        if (fnError != null) {
                            throw fnError;
                        }
                        List<Object> items = WireFormat.readItems(task.items());
                        values = new Object[items.size()];
                        errors = new Throwable[items.size()];
                        ChunkRunner.run(cachedFn, items, initError, values, errors);
                    } catch (Throwable t) {
                        // The task or its items could not be read here: every item fails with that.
                        int count = WireFormat.countItems(task.items());
                        values = new Object[count];
                        errors = new Throwable[count];
                        Arrays.fill(errors, t);
                    }
                    // An interrupt a task left behind would close the channel at the next send.
                    Thread.interrupted();
                    outbox.add(WireFormat.results(task.chunkId(), values, errors));
                    done++;
                }
                // Fast chunks are claimed many to a frame; after a slow batch, one at a time, so
                // that few chunks are lost with this JVM should the next one be slow too.
                claim = System.nanoTime() - began < FAST_BATCH_NANOS ? Math.min(MAX_CLAIM, claim * 2) : 1;
                outbox.batchDone();
            }
            outbox.flush();
        }
    }

    /**
     * What this worker holds and tells the pool, one frame at a time: the chunks received and
     * not run, results not yet sent, claims, releases and returns. Results go several to a
     * frame, so the pool's reader wakes once for them; they ride with the next claim, and
     * never wait while this worker has nothing else to do. A daemon thread
     * ({@link #flushLate}) sends a result that waited {@link #MAX_DELAY_NANOS}, and when a
     * claimed chunk runs that long, releases the claimed chunks after it: a slow chunk that
     * kills this JVM then fails alone, and the released ones are claimed again. When the
     * chunk runs {@link #RETURN_NANOS}, it returns every chunk it holds and has not started
     * to the pool, which gives them to an idle worker: a long task does not keep the tasks
     * queued behind it from a free worker. A returned chunk is one this worker will not run,
     * so no chunk runs twice.
     */
    private static final class Outbox {
        private static final long MAX_DELAY_NANOS = 1_000_000;
        private static final long RETURN_NANOS = 10_000_000;
        private static final long[] NONE = new long[0];
        private final FramedChannel channel;
        private final LinkedBlockingQueue<byte[]> inbox;
        private final ArrayList<byte[]> results = new ArrayList<>();
        /** Received and not claimed, in order. */
        private final ArrayDeque<WireFormat.TaskRecord> received = new ArrayDeque<>();
        /** Claimed and not yet started, in order. */
        private final ArrayDeque<WireFormat.TaskRecord> claimed = new ArrayDeque<>();
        private final List<WireFormat.TaskRecord> released = new ArrayList<>();
        private long oldest;
        private long started;
        /** A chunk is running (the inbox is then the late thread's, not the main loop's). */
        private boolean running;
        /** When the late thread wakes next; {@link Long#MAX_VALUE} while it sleeps untimed. */
        private long lateWake = Long.MAX_VALUE;

        Outbox(FramedChannel channel, LinkedBlockingQueue<byte[]> inbox) {
            this.channel = channel;
            this.inbox = inbox;
        }

        synchronized boolean hasReceived() {
            return !received.isEmpty();
        }

        /** Takes in a frame from the pool: tasks, or cancels of tasks not claimed. */
        synchronized void receive(byte[] frame) throws IOException {
            Set<Long> cancelled = WireFormat.readCancels(frame);
            if (cancelled == null) {
                received.addAll(WireFormat.readTasks(frame));
            } else {
                // Cancelled before this worker claimed them: they never run.
                received.removeIf(t -> cancelled.contains(t.chunkId()));
                released.removeIf(t -> cancelled.contains(t.chunkId()));
            }
        }

        /** Up to {@code n} received chunks of the first one's job, to claim. */
        synchronized List<WireFormat.TaskRecord> nextBatch(int n) {
            long job = received.peek().jobId();
            List<WireFormat.TaskRecord> batch = new ArrayList<>(n);
            while (batch.size() < n && !received.isEmpty() && received.peek().jobId() == job) {
                batch.add(received.poll());
            }
            return batch;
        }

        /** The batch has run: the chunks released from it go back to the front, to claim again. */
        synchronized void batchDone() {
            for (int i = released.size() - 1; i >= 0; i--) {
                received.addFirst(released.get(i));
            }
            released.clear();
            running = false;
        }

        synchronized void add(byte[] result) throws IOException {
            // The chunk has run: a return from now on would carry its result, and the pool
            // would take this worker for busy after its last result.
            running = false;
            if (results.isEmpty()) {
                oldest = System.nanoTime();
                wakeLateBy(oldest + MAX_DELAY_NANOS);
            }
            results.add(result);
            if (results.size() >= MAX_CLAIM) {
                flush();
            }
        }

        /** Sends the results that wait with a claim of the chunks about to run. */
        synchronized void claim(List<WireFormat.TaskRecord> batch) throws IOException {
            send(ids(batch), NONE, NONE);
            claimed.addAll(batch);
            started = System.nanoTime();
            wakeLateBy(started + MAX_DELAY_NANOS);
        }

        /**
         * Wakes the late thread if it would sleep past {@code deadline}. It mostly will not: it
         * sleeps to the earliest deadline it saw, and while chunks keep coming it lingers a
         * tick before it sleeps untimed, so a busy worker wakes it about once a millisecond,
         * not at every chunk (a wake-up per chunk was half a cold worker's time).
         */
        private void wakeLateBy(long deadline) {
            if (lateWake == Long.MAX_VALUE || deadline - lateWake < 0) {
                notifyAll();
            }
        }

        /** The next claimed chunk to run, or null when the batch is done or the rest was released. */
        synchronized WireFormat.TaskRecord next() {
            started = System.nanoTime();
            WireFormat.TaskRecord task = claimed.poll();
            // No wake-up of the late thread: after claim() it waits with a timeout, and sees this.
            running = task != null;
            return task;
        }

        synchronized void flush() throws IOException {
            if (!results.isEmpty()) {
                send(NONE, NONE, NONE);
            }
        }

        private void send(long[] claims, long[] releases, long[] returns) throws IOException {
            channel.send(WireFormat.workerFrame(results, claims, releases, returns));
            results.clear();
        }

        /**
         * The running chunk runs long: every chunk held and not started goes back to the pool,
         * those still in the inbox too (the main loop does not read it while a batch runs).
         */
        private void returnUnstarted() throws IOException {
            List<byte[]> frames = new ArrayList<>();
            inbox.drainTo(frames);
            for (byte[] frame : frames) {
                if (frame == END) {
                    inbox.add(END); // for the main loop, after the batch
                } else {
                    receive(frame);
                }
            }
            List<WireFormat.TaskRecord> back = new ArrayList<>(released);
            back.addAll(received);
            released.clear();
            received.clear();
            if (!back.isEmpty()) {
                send(NONE, NONE, ids(back));
            }
        }

        private static long[] ids(Collection<WireFormat.TaskRecord> tasks) {
            return tasks.stream().mapToLong(WireFormat.TaskRecord::chunkId).toArray();
        }

        /** Runs on a daemon thread: sends late results and releases, until the channel fails. */
        synchronized void flushLate() {
            boolean lingering = false;
            try {
                while (true) {
                    long now = System.nanoTime();
                    long wake = Long.MAX_VALUE;
                    if (!claimed.isEmpty()) {
                        if (now - started >= MAX_DELAY_NANOS) {
                            send(NONE, ids(claimed), NONE);
                            released.addAll(claimed);
                            claimed.clear();
                        } else {
                            wake = started + MAX_DELAY_NANOS;
                        }
                    }
                    if (running) {
                        // Checked again every RETURN_NANOS while the chunk runs: more may come.
                        if (now - started >= RETURN_NANOS) {
                            returnUnstarted();
                            wake = Math.min(wake, now + RETURN_NANOS);
                        } else {
                            wake = Math.min(wake, started + RETURN_NANOS);
                        }
                    }
                    if (!results.isEmpty()) {
                        if (now - oldest >= MAX_DELAY_NANOS) {
                            flush();
                        } else {
                            wake = wake == Long.MAX_VALUE ? oldest + MAX_DELAY_NANOS
                                    : Math.min(wake, oldest + MAX_DELAY_NANOS);
                        }
                    }
                    if (wake == Long.MAX_VALUE && lingering) {
                        wake = now + MAX_DELAY_NANOS;
                        lingering = false;
                    } else {
                        lingering = wake != Long.MAX_VALUE;
                    }
                    lateWake = wake;
                    if (wake == Long.MAX_VALUE) {
                        wait();
                    } else {
                        long nanos = Math.max(1, wake - System.nanoTime());
                        wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
                    }
                }
            } catch (IOException | InterruptedException e) {
                // The channel ended: so does this JVM.
            }
        }
    }

    private static void read(FramedChannel channel, LinkedBlockingQueue<byte[]> inbox) {
        try {
            while (true) {
                inbox.add(channel.recv());
            }
        } catch (IOException | RuntimeException e) {
            inbox.add(END);
        }
    }
}
