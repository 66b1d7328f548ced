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
 * for this worker to finish a task (the pool bounds what it has in flight).
 */
record WorkerLoop(String socket, Initializer initializer, int maxTasks) implements Process.Target {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final byte[] END = new byte[0];

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
            long cachedJob = -1;
            Fn<Object, Object> cachedFn = null;
            int done = 0;
            Outbox outbox = new Outbox(channel);
            while (maxTasks == 0 || done < maxTasks) {
                // Results wait in the outbox only while more work is at hand.
                byte[] frame = outbox.isEmpty() ? inbox.take() : inbox.poll();
                if (frame == null) {
                    outbox.flush();
                    continue;
                }
                if (frame == END) {
                    outbox.flush();
                    return;
                }
                for (WireFormat.TaskRecord task : WireFormat.readTasks(frame)) {
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
                        int n = WireFormat.countItems(task.items());
                        values = new Object[n];
                        errors = new Throwable[n];
                        Arrays.fill(errors, t);
                        cachedJob = -1;
                    }
                    // An interrupt a task left behind would close the channel at the next send.
                    Thread.interrupted();
                    outbox.add(WireFormat.results(task.chunkId(), values, errors));
                    done++;
                }
            }
            outbox.flush();
        }
    }

    /**
     * Results not yet sent: several go in one frame, so the pool's reader wakes once for
     * them. A result waits at most {@link #MAX_DELAY_NANOS}, and never while this worker
     * has nothing else to do.
     */
    private static final class Outbox {
        private static final long MAX_DELAY_NANOS = 1_000_000;
        private static final int MAX_RESULTS = 64;
        private final FramedChannel channel;
        private final ArrayList<byte[]> results = new ArrayList<>();
        private long oldest;

        Outbox(FramedChannel channel) {
            this.channel = channel;
        }

        boolean isEmpty() {
            return results.isEmpty();
        }

        void add(byte[] result) throws IOException {
            if (results.isEmpty()) {
                oldest = System.nanoTime();
            }
            results.add(result);
            if (results.size() >= MAX_RESULTS || System.nanoTime() - oldest > MAX_DELAY_NANOS) {
                flush();
            }
        }

        void flush() throws IOException {
            if (!results.isEmpty()) {
                channel.send(WireFormat.resultFrame(results));
                results.clear();
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
