package dev.mp4j.pool;

import dev.mp4j.core.Context;
import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.internal.spawn.AotTrainingWork;
import dev.mp4j.core.internal.spawn.AuthListener;
import dev.mp4j.core.internal.spawn.FramedChannel;
import dev.mp4j.core.internal.spawn.Handshake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The training of the child JVMs' AOT cache for the spawn pool's workers. <b>Not API</b>:
 * the cache's training run loads it. A {@link WorkerLoop} runs on a thread of the training
 * JVM against a socket this class serves as a pool would: single applies, windows of
 * applies as {@code applyAsync} sends them, and chunks of a map, so that a worker JVM
 * starts with the method profiles of its whole per-task path (frame decoding, the lean
 * lambda, its claim, results, the frames back) instead of gathering them in the user's first
 * tasks. A spare takes the same path once while idle ({@link #warmUp}).
 */
public final class PoolTrainingWork implements AotTrainingWork {

    private static final int SINGLE_APPLIES = 3_000;
    private static final int WINDOWS = 300;
    private static final int MAP_FRAMES = 100;
    private static final int MAP_CHUNK = 64;

    private long chunkIds;
    private long jobIds;

    static int square(int x) {
        return x * x;
    }

    @Override
    public void train() {
        exercise(Context.currentProcess().authkey(), SINGLE_APPLIES, WINDOWS, MAP_FRAMES);
    }

    /**
     * A worker's first moments, once each, in a spare: the worker read as a start request
     * carries it, its connection, threads and claims, a lambda decoded, an apply and a
     * window of map chunks. Cold, they cost a spare's first map some 60 ms.
     */
    @Override
    public void warmUp() {
        WorkerLoop sample = new WorkerLoop("warm-up", "warm-up", null, 0);
        Serialization.deserialize(Serialization.serialize(sample, "the warm-up worker"), "the warm-up worker");
        exercise(Handshake.newAuthkey(), 1, 1, 1);
    }

    /** Serves a {@link WorkerLoop} on a thread of this JVM as a pool would, for the rounds given. */
    private void exercise(byte[] authkey, int singleApplies, int windows, int mapFrames) {
        Claims claims = Claims.create();
        try (AuthListener listener = AuthListener.control()) {
            WorkerLoop loop = new WorkerLoop(listener.address().toString(), claims.name(), null, 0);
            Thread worker = Thread.ofPlatform().daemon().name("mp4j-training-pool-worker").start(() -> {
                try {
                    loop.serve(authkey);
                } catch (Exception e) {
                    // The channel closed under it: the training is over.
                }
            });
            try (FramedChannel channel = listener.acceptAuthenticated(authkey)) {
                for (int i = 0; i < singleApplies; i++) {
                    run(channel, List.of(apply(i)));
                }
                for (int w = 0; w < windows; w++) {
                    List<WireFormat.TaskRecord> window = new ArrayList<>(SpawnPoolBacking.WINDOW);
                    for (int i = 0; i < SpawnPoolBacking.WINDOW; i++) {
                        window.add(apply(i));
                    }
                    run(channel, window);
                }
                Fn<Integer, Integer> square = PoolTrainingWork::square;
                @SuppressWarnings("unchecked")
                byte[] fn = WireFormat.function((Fn<Object, Object>) (Fn<?, ?>) square, "the training map");
                byte[] items = WireFormat.items(IntStream.range(0, MAP_CHUNK).boxed().toList(), 0);
                for (int f = 0; f < mapFrames; f++) {
                    long job = ++jobIds;
                    List<WireFormat.TaskRecord> chunks = new ArrayList<>(SpawnPoolBacking.WINDOW);
                    for (int i = 0; i < SpawnPoolBacking.WINDOW; i++) {
                        chunks.add(new WireFormat.TaskRecord(++chunkIds, job, fn, items));
                    }
                    run(channel, chunks);
                }
            }
            worker.join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            claims.close();
        }
    }

    /** One {@code applyAsync}: a job of its own, a capturing lambda, as {@link Pool} sends it. */
    private WireFormat.TaskRecord apply(int x) {
        Task<Integer> task = () -> square(x);
        return new WireFormat.TaskRecord(++chunkIds, ++jobIds, WireFormat.function(new Adapters.TaskFn(task), "a training task"),
                Pool.ONE_ITEM_BYTES);
    }

    /**
     * Sends {@code tasks} in one frame and reads the worker's frames until every result is
     * in; what the worker returns unrun (a chunk ran long in the cold JVM) goes back to it,
     * as the pool would send it to an idle worker.
     */
    private static void run(FramedChannel channel, List<WireFormat.TaskRecord> tasks) throws IOException {
        Map<Long, WireFormat.TaskRecord> waiting = new HashMap<>();
        for (WireFormat.TaskRecord t : tasks) {
            waiting.put(t.chunkId(), t);
        }
        channel.send(WireFormat.tasks(tasks));
        while (!waiting.isEmpty()) {
            WireFormat.WorkerFrame frame = WireFormat.readWorkerFrame(channel.recv());
            for (byte[] result : frame.results()) {
                WireFormat.ResultRecord r = WireFormat.readResults(result);
                if (waiting.remove(r.chunkId()) == null || r.errors()[0] != null) {
                    throw new IllegalStateException("the training worker answered chunk " + r.chunkId() + " wrongly");
                }
            }
            if (frame.returns().length > 0) {
                List<WireFormat.TaskRecord> again = new ArrayList<>(frame.returns().length);
                for (long id : frame.returns()) {
                    again.add(waiting.get(id));
                }
                channel.send(WireFormat.tasks(again));
            }
        }
    }
}
