package dev.mp4j.pool;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.internal.spawn.FramedChannel;
import dev.mp4j.core.internal.spawn.Handshake;
import java.io.IOException;
import java.io.Serial;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * back to one after a slow batch (few chunks lost with a JVM).
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
        SocketChannel connection = SocketChannel.open(StandardProtocolFamily.UNIX);
        connection.connect(UnixDomainSocketAddress.of(Path.of(socket)));
        try (FramedChannel channel = new FramedChannel(connection)) {
            Handshake.client(channel, Context.currentProcess().authkey());
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
            Outbox outbox = new Outbox(channel);
            Thread.ofPlatform().daemon().name("mp4j-pool-outbox").start(outbox::flushLate);
            ArrayDeque<WireFormat.TaskRecord> received = new ArrayDeque<>();
            long cachedJob = -1;
            Fn<Object, Object> cachedFn = null;
            int done = 0;
            int claim = 1;
            while (maxTasks == 0 || done < maxTasks) {
                // With nothing at hand, send the results that wait and sleep until the pool sends more.
                byte[] frame;
                if (received.isEmpty()) {
                    outbox.flush();
                    frame = inbox.take();
                } else {
                    frame = inbox.poll();
                }
                if (frame == END) {
                    break;
                }
                if (frame != null) {
                    received.addAll(WireFormat.readTasks(frame));
                    continue;
                }
                int n = Math.min(claim, received.size());
                if (maxTasks > 0) {
                    n = Math.min(n, maxTasks - done);
                }
                List<WireFormat.TaskRecord> batch = new ArrayList<>(n);
                long[] ids = new long[n];
                for (int i = 0; i < n; i++) {
                    batch.add(received.poll());
                    ids[i] = batch.get(i).chunkId();
                }
                // Written before the chunks run: should this JVM die, the pool knows which ones it
                // had started (they fail) and which ones it had not (they go to another worker).
                outbox.claim(ids);
                long began = System.nanoTime();
                for (WireFormat.TaskRecord task : batch) {
                    Object[] values;
                    Throwable[] errors;
                    try {
                        if (task.jobId() != cachedJob) {
                            cachedFn = null;
                            cachedFn = WireFormat.readFunction(task.fn());
                            cachedJob = task.jobId();
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
                        cachedJob = -1;
                    }
                    // An interrupt a task left behind would close the channel at the next send.
                    Thread.interrupted();
                    outbox.add(WireFormat.results(task.chunkId(), values, errors));
                    done++;
                }
                // Fast chunks are claimed many to a frame; after a slow batch, one at a time, so
                // that few chunks are lost with this JVM should the next one be slow too.
                claim = System.nanoTime() - began < FAST_BATCH_NANOS ? Math.min(MAX_CLAIM, claim * 2) : 1;
            }
            outbox.flush();
        }
    }

    /**
     * Results not yet sent: several go in one frame, so the pool's reader wakes once for
     * them. They ride with the next claim; a result waits at most {@link #MAX_DELAY_NANOS}
     * (a daemon thread sends it when the chunk after it is slow), and never while this
     * worker has nothing else to do.
     */
    private static final class Outbox {
        private static final long MAX_DELAY_NANOS = 1_000_000;
        private static final long[] NO_CLAIMS = new long[0];
        private final FramedChannel channel;
        private final ArrayList<byte[]> results = new ArrayList<>();
        private long oldest;

        Outbox(FramedChannel channel) {
            this.channel = channel;
        }

        synchronized void add(byte[] result) throws IOException {
            if (results.isEmpty()) {
                oldest = System.nanoTime();
                notifyAll();
            }
            results.add(result);
            if (results.size() >= MAX_CLAIM) {
                flush();
            }
        }

        /** Sends the results that wait with a claim of chunks about to run. */
        synchronized void claim(long[] ids) throws IOException {
            channel.send(WireFormat.workerFrame(results, ids));
            results.clear();
        }

        synchronized void flush() throws IOException {
            if (!results.isEmpty()) {
                claim(NO_CLAIMS);
            }
        }

        /** Runs on a daemon thread: sends the results that waited too long, until the channel fails. */
        synchronized void flushLate() {
            try {
                while (true) {
                    if (results.isEmpty()) {
                        wait();
                        continue;
                    }
                    long late = oldest + MAX_DELAY_NANOS - System.nanoTime();
                    if (late <= 0) {
                        flush();
                    } else {
                        wait(late / 1_000_000, (int) (late % 1_000_000));
                    }
                }
            } catch (IOException | InterruptedException e) {
                // The channel ended: so does the JVM.
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
