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
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * What a child JVM worker of a spawn pool runs: connect to the pool's socket, authenticate
 * with the inherited authkey, run the initializer, then run chunks and send their outcomes
 * until the pool closes the channel or {@code maxTasks} chunks are done.
 *
 * <p>A daemon thread reads frames into an unbounded {@link Inbox}, so the pool's sends never
 * wait for this worker to finish a task (the pool bounds what it has in flight). Before it
 * runs a chunk the worker claims it in shared memory ({@link Claims}): when it dies, the pool
 * fails only the chunks it claimed and gave no result for, and sends the others to another
 * worker.
 */
record WorkerLoop(String socket, String claims, Initializer initializer, int maxTasks)
        implements Process.Target {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final byte[] END = new byte[0];
    /** The most results to a frame. */
    static final int MAX_RESULTS = 64;

    @Override
    public void run() throws Exception {
        serve(Context.currentProcess().authkey());
    }

    /** The worker's life, authenticated with {@code authkey}: a spare's warm-up has no process of its own yet. */
    void serve(byte[] authkey) throws IOException, InterruptedException {
        try (FramedChannel channel = AuthClient.connect(UnixDomainSocketAddress.of(Path.of(socket)), authkey)) {
            channel.readAhead(SpawnPoolBacking.READ_AHEAD);
            Throwable initError = null;
            if (initializer != null) {
                try {
                    initializer.run();
                } catch (Throwable t) {
                    initError = t;
                }
            }
            Inbox inbox = new Inbox();
            Thread.ofPlatform().daemon().name("mp4j-pool-inbox").start(() -> read(channel, inbox));
            Claims claimed = Claims.attach(claims);
            Outbox outbox = new Outbox(channel, inbox, claimed);
            Thread late = Thread.ofPlatform().daemon().name("mp4j-pool-outbox").start(outbox::flushLate);
            try {
                runChunks(inbox, outbox, initError);
                outbox.flush();
            } finally {
                outbox.stop(late);
                claimed.close();
            }
        }
    }

    /** Runs the chunks the pool sends until it closes the channel or {@code maxTasks} are done. */
    private void runChunks(Inbox inbox, Outbox outbox, Throwable initError) throws IOException, InterruptedException {
        long cachedJob = -1;
        Fn<Object, Object> cachedFn = null;
        int done = 0;
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
                return;
            }
            if (frame != null) {
                outbox.receive(frame);
                continue;
            }
            // Not null: only the late thread takes chunks back, and only while one runs.
            WireFormat.TaskRecord task = outbox.nextTask();
            // The function is read before the claim: a claimed chunk is one about to run, not
            // one waiting for a cold JVM to decode its lambda (a worker killed then would fail
            // a chunk that never started).
            Throwable fnError = null;
            if (task.jobId() != cachedJob) {
                cachedFn = null;
                cachedJob = -1;
                try {
                    cachedFn = WireFormat.readFunction(task.fn());
                    cachedJob = task.jobId();
                } catch (Throwable t) {
                    fnError = t;
                }
            }
            // Claimed before the chunk runs: should this JVM die, the pool knows which chunks
            // it had started (they fail) and which it had not (another worker runs them).
            outbox.start(task);
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
    }

    /**
     * What this worker holds and tells the pool, one frame at a time: the chunks received and
     * not run, results not yet sent, and returns. Results go several to a frame, so the
     * pool's reader wakes once for them; they never wait while this worker has nothing else
     * to do. A daemon thread ({@link #flushLate}) sends a result that waited
     * {@link #MAX_DELAY_NANOS} behind a chunk that runs long, and when a chunk runs
     * {@link #RETURN_NANOS}, returns every chunk this worker holds and has not started to the
     * pool, which gives them to an idle worker: a long task does not keep the tasks queued
     * behind it from a free worker. A returned chunk is one this worker will not run, so no
     * chunk runs twice.
     */
    private static final class Outbox {
        private static final long MAX_DELAY_NANOS = 1_000_000;
        private static final long RETURN_NANOS = 10_000_000;
        private static final long[] NONE = new long[0];
        private final FramedChannel channel;
        private final Inbox inbox;
        private final Claims claims;
        private final ArrayList<byte[]> results = new ArrayList<>();
        /** Received and not started, in order. */
        private final ArrayDeque<WireFormat.TaskRecord> received = new ArrayDeque<>();
        private long oldest;
        private long started;
        /** A chunk is running (the inbox is then the late thread's, not the main loop's). */
        private boolean running;
        private long runningId;
        /**
         * The earliest time the late thread has something to check; {@link Long#MAX_VALUE}
         * for nothing. Written under this monitor; the late thread reads it without the
         * monitor, and takes the monitor only when it is due.
         */
        private volatile long due = Long.MAX_VALUE;
        /** When the late thread wakes next, {@link Long#MAX_VALUE} while it sleeps untimed. */
        private volatile long lateWake = Long.MAX_VALUE;
        private volatile Thread late;
        /** The late thread saw something to watch at its last check. Guarded by this. */
        private boolean lingering;
        private volatile boolean stopped;

        Outbox(FramedChannel channel, Inbox inbox, Claims claims) {
            this.channel = channel;
            this.inbox = inbox;
            this.claims = claims;
        }

        synchronized boolean hasReceived() {
            return !received.isEmpty();
        }

        /** Takes in a frame from the pool: tasks, or cancels of tasks not started. */
        synchronized void receive(byte[] frame) throws IOException {
            Set<Long> cancelled = WireFormat.readCancels(frame);
            if (cancelled == null) {
                received.addAll(WireFormat.readTasks(frame));
            } else {
                // Cancelled before this worker started them: they never run.
                received.removeIf(t -> cancelled.contains(t.chunkId()));
            }
        }

        /** The next chunk to run, or null if none is left. */
        synchronized WireFormat.TaskRecord nextTask() {
            return received.poll();
        }

        /** Claims {@code task}, which runs now. */
        synchronized void start(WireFormat.TaskRecord task) {
            // Room enough: results go out at MAX_RESULTS, so at most that many chunks and this one are claimed.
            claims.add(task.chunkId());
            started = System.nanoTime();
            running = true;
            runningId = task.chunkId();
            // Results wait from here on only behind this chunk: the late thread sends them
            // should it run long. (Between chunks the main loop sends them itself when idle.)
            wakeLateBy(results.isEmpty() ? started + RETURN_NANOS
                    : Math.min(started + RETURN_NANOS, oldest + MAX_DELAY_NANOS));
        }

        synchronized void add(byte[] result) throws IOException {
            // The chunk has run: a return from now on would carry its result, and the pool
            // would take this worker for busy after its last result.
            running = false;
            if (results.isEmpty()) {
                oldest = System.nanoTime();
            }
            results.add(result);
            if (results.size() >= MAX_RESULTS) {
                flush();
            }
        }

        /**
         * Under this monitor: the late thread has something to check at {@code deadline}; it
         * is woken only if it would sleep past it. It mostly will not: it sleeps to the
         * earliest deadline it saw, and while chunks keep coming it lingers a tick before it
         * sleeps untimed, so a busy worker wakes it about once a millisecond, not at every
         * chunk. It sleeps outside this monitor, so its wake-ups never contend with the main
         * loop's calls here (a wait on this monitor cost the main loop futex calls at every chunk).
         */
        private void wakeLateBy(long deadline) {
            if (due == Long.MAX_VALUE || deadline - due < 0) {
                due = deadline;
            }
            // After the write of due, as the late thread writes lateWake before it reads due again.
            long sleepsTo = lateWake;
            if (sleepsTo == Long.MAX_VALUE || deadline - sleepsTo < 0) {
                LockSupport.unpark(late);
            }
        }

        synchronized void flush() throws IOException {
            if (!results.isEmpty()) {
                send(NONE);
            }
        }

        /** Sends the results that wait, with {@code returns}; the chunks reported are claimed no more. */
        private void send(long[] returns) throws IOException {
            channel.send(WireFormat.workerFrame(results, returns));
            results.clear();
            claims.reported(running, runningId);
        }

        /**
         * The running chunk runs long: every chunk held and not started goes back to the pool,
         * those still in the inbox too (the main loop does not read it while a chunk runs).
         */
        private void returnUnstarted() throws IOException {
            List<byte[]> frames = new ArrayList<>();
            inbox.drainTo(frames);
            for (byte[] frame : frames) {
                if (frame == END) {
                    inbox.add(END); // for the main loop, after the chunk
                } else {
                    receive(frame);
                }
            }
            if (!received.isEmpty()) {
                long[] back = received.stream().mapToLong(WireFormat.TaskRecord::chunkId).toArray();
                received.clear();
                send(back);
            }
        }

        /** Runs on a daemon thread: sends late results and returns, until the loop stops or the channel fails. */
        void flushLate() {
            late = Thread.currentThread();
            try {
                while (!stopped) {
                    long d = due;
                    long now = System.nanoTime();
                    if (d != Long.MAX_VALUE && d - now <= 0) {
                        check(now);
                        continue;
                    }
                    lateWake = d;
                    if (due != d) {
                        continue; // lowered meanwhile, and its writer may have seen the old lateWake
                    }
                    if (d == Long.MAX_VALUE) {
                        LockSupport.park(this);
                    } else {
                        LockSupport.parkNanos(this, d - now);
                    }
                }
            } catch (IOException e) {
                // The channel ended: so does this JVM.
            }
        }

        /** The main loop has ended: so does the late thread, before the claims it may touch are unmapped. */
        void stop(Thread lateThread) throws InterruptedException {
            stopped = true;
            LockSupport.unpark(lateThread);
            lateThread.join();
        }

        /** The late thread's turn, once something was due: acts on what waited too long, and sets the next due time. */
        private synchronized void check(long now) throws IOException {
            long wake = Long.MAX_VALUE;
            if (running) {
                // Checked again every RETURN_NANOS while the chunk runs: more may come.
                if (now - started >= RETURN_NANOS) {
                    returnUnstarted();
                    wake = now + RETURN_NANOS;
                } else {
                    wake = started + RETURN_NANOS;
                }
            }
            if (!results.isEmpty()) {
                if (now - oldest >= MAX_DELAY_NANOS) {
                    flush();
                } else {
                    wake = wake == Long.MAX_VALUE ? oldest + MAX_DELAY_NANOS : Math.min(wake, oldest + MAX_DELAY_NANOS);
                }
            }
            // With nothing to watch, one more tick before sleeping untimed: chunks that keep
            // coming then find it awake, and do not wake it each.
            if (wake == Long.MAX_VALUE && lingering) {
                wake = now + MAX_DELAY_NANOS;
                lingering = false;
            } else {
                lingering = wake != Long.MAX_VALUE;
            }
            due = wake;
        }
    }

    private static void read(FramedChannel channel, Inbox inbox) {
        try {
            while (true) {
                inbox.add(channel.recv());
            }
        } catch (IOException | RuntimeException e) {
            inbox.add(END);
        }
    }
}
