package dev.mp4j.pool;

import dev.mp4j.core.SerializationError;
import dev.mp4j.core.internal.serial.CompactCodec;
import dev.mp4j.core.internal.serial.Serialization;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The messages between a spawn pool and its child JVM workers, one frame of the
 * authenticated {@link dev.mp4j.core.internal.spawn.FramedChannel} each. One object stream
 * per chunk, not per item, keeps stream headers and class descriptors off the per-item cost.
 *
 * <pre>
 * tasks   (pool -> worker): int n, then n times: long chunkId, long jobId,
 *                           int fnLength, fn bytes, int itemsLength, items bytes
 * cancels (pool -> worker): int -1, int n, then n times: long chunkId of a chunk sent
 *                           and not claimed, to drop unrun
 * items   (one object stream): int count, count objects
 * worker  (worker -> pool): int n, then n times: int length, and a result;
 *                           then int t, t times: long chunkId of a chunk returned unrun
 * result  (one chunk's):    long chunkId, then compact values or one object stream of
 *                           int count, count times: boolean failed, the value or the exception
 * </pre>
 *
 * Which chunks a worker has started is not in its frames but in shared memory: see
 * {@link Claims}. Lists of plain values (numbers, strings, booleans, null) skip the object stream: see
 * {@link CompactCodec}. A worker caches the function of the last job it saw, so a map's
 * chunks deserialize it once.
 */
final class WireFormat {

    /** A chunk as the worker receives it. */
    record TaskRecord(long chunkId, long jobId, byte[] fn, byte[] items) {}

    /** A chunk's outcomes as the pool receives them. */
    record ResultRecord(long chunkId, Object[] values, Throwable[] errors) {}

    /** The count that marks a frame of cancels instead of tasks. */
    private static final int CANCELS = -1;

    private WireFormat() {}

    /** Serializes a task's function in the caller's thread: lean when it is a plain lambda, else Java serialization. */
    static byte[] function(Fn<Object, Object> fn, String what) {
        byte[] lean = LambdaCodec.encode(fn);
        return lean != null ? lean : Serialization.serialize(fn, what);
    }

    /** Reads what {@link #function} wrote. */
    @SuppressWarnings("unchecked")
    static Fn<Object, Object> readFunction(byte[] bytes) throws IOException, ReflectiveOperationException {
        if (bytes.length > 0 && bytes[0] == LambdaCodec.MARKER) {
            return LambdaCodec.decode(bytes);
        }
        return (Fn<Object, Object>) Serialization.deserialize(bytes, "a pool task");
    }

    /** Serializes a chunk's items in the caller's thread; a bad item fails with its path named. */
    static byte[] items(List<?> items, int chunk) {
        if (CompactCodec.fits(items)) {
            return CompactCodec.encode(items);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 16 * items.size());
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeInt(items.size());
            for (Object item : items) {
                out.writeObject(item);
            }
        } catch (IOException e) {
            for (int i = 0; i < items.size(); i++) {
                Serialization.serialize(items.get(i), "item " + i + " of chunk " + chunk);
            }
            throw new SerializationError("cannot serialize the items of chunk " + chunk + ": " + e, e);
        }
        return bytes.toByteArray();
    }

    static List<Object> readItems(byte[] bytes) throws IOException, ClassNotFoundException {
        if (bytes.length > 0 && bytes[0] == CompactCodec.MARKER) {
            return Arrays.asList(CompactCodec.read(bytes, 1));
        }
        try (ObjectInputStream in = Serialization.input(new ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            List<Object> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(in.readObject());
            }
            return items;
        }
    }

    /** How many items {@link #items} wrote, for failing them all when they cannot be read. */
    static int countItems(byte[] bytes) {
        if (bytes.length >= 5 && bytes[0] == CompactCodec.MARKER) {
            return ByteBuffer.wrap(bytes).getInt(1);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readInt();
        } catch (IOException e) {
            return 1;
        }
    }

    static byte[] tasks(List<Chunk> chunks, long[] ids) {
        List<TaskRecord> tasks = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            tasks.add(new TaskRecord(ids[i], c.job.id, c.fnBytes, c.itemBytes));
        }
        return tasks(tasks);
    }

    /** The frame that {@link #readTasks} reads. */
    static byte[] tasks(List<TaskRecord> tasks) {
        int size = 4;
        for (TaskRecord t : tasks) {
            size += 24 + t.fn().length + t.items().length;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(tasks.size());
            for (TaskRecord t : tasks) {
                out.writeLong(t.chunkId());
                out.writeLong(t.jobId());
                out.writeInt(t.fn().length);
                out.write(t.fn());
                out.writeInt(t.items().length);
                out.write(t.items());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Tells a worker to drop the chunks {@code ids}, sent to it and not yet claimed. */
    static byte[] cancels(long[] ids) {
        ByteBuffer frame = ByteBuffer.allocate(8 + 8 * ids.length).putInt(CANCELS).putInt(ids.length);
        for (long id : ids) {
            frame.putLong(id);
        }
        return frame.array();
    }

    /** The chunk ids of a {@link #cancels} frame, or null if {@code frame} holds tasks. */
    static Set<Long> readCancels(byte[] frame) {
        ByteBuffer in = ByteBuffer.wrap(frame);
        if (frame.length < 8 || in.getInt() != CANCELS) {
            return null;
        }
        Set<Long> ids = new HashSet<>();
        for (int i = in.getInt(); i > 0; i--) {
            ids.add(in.getLong());
        }
        return ids;
    }

    static List<TaskRecord> readTasks(byte[] frame) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(frame));
        int n = in.readInt();
        List<TaskRecord> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long id = in.readLong();
            long job = in.readLong();
            byte[] fn = readBytes(in);
            byte[] items = readBytes(in);
            tasks.add(new TaskRecord(id, job, fn, items));
        }
        return tasks;
    }

    /** A length and that many bytes of a task frame; readNBytes would allocate in steps and not see a short frame. */
    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("malformed task frame: a field of " + n + " bytes, " + in.available() + " left");
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return bytes;
    }

    /**
     * The outcomes of a chunk. What cannot be serialized is replaced: a value by a
     * {@link SerializationError} for that item, an exception by a {@link RemoteError}.
     */
    static byte[] results(long chunkId, Object[] values, Throwable[] errors) {
        try {
            return tryResults(chunkId, values, errors);
        } catch (IOException | RuntimeException e) {
            // A writeObject may throw an unchecked exception too: that item fails, not the worker.
            Object[] v = values.clone();
            Throwable[] t = errors.clone();
            for (int i = 0; i < v.length; i++) {
                if (t[i] != null) {
                    try {
                        Serialization.serialize(t[i], "exception");
                    } catch (RuntimeException s) {
                        t[i] = new RemoteError(t[i]);
                    }
                } else {
                    try {
                        Serialization.serialize(v[i], "the result of item " + i);
                    } catch (RuntimeException s) {
                        v[i] = null;
                        t[i] = new SerializationError(s instanceof SerializationError ? s.getMessage()
                                : "cannot serialize the result of item " + i + ": " + s);
                    }
                }
            }
            try {
                return tryResults(chunkId, v, t);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    private static byte[] tryResults(long chunkId, Object[] values, Throwable[] errors) throws IOException {
        if (noErrors(errors) && CompactCodec.fits(values)) {
            return CompactCodec.encode(chunkId, Arrays.asList(values));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 16 * values.length);
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeLong(chunkId);
        data.flush();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeInt(values.length);
            for (int i = 0; i < values.length; i++) {
                out.writeBoolean(errors[i] != null);
                out.writeObject(errors[i] != null ? errors[i] : values[i]);
            }
        }
        return bytes.toByteArray();
    }

    /**
     * What a worker sends: the results it has not yet sent, and chunks it returns to the pool
     * unrun: int count, count times int length and the result, then int returns, returns
     * times long chunkId.
     */
    static byte[] workerFrame(List<byte[]> results, long[] returns) {
        int size = 8 + 8 * returns.length;
        for (byte[] r : results) {
            size += 4 + r.length;
        }
        ByteBuffer frame = ByteBuffer.allocate(size).putInt(results.size());
        for (byte[] r : results) {
            frame.putInt(r.length).put(r);
        }
        frame.putInt(returns.length);
        for (long id : returns) {
            frame.putLong(id);
        }
        return frame.array();
    }

    /** A frame written by {@link #workerFrame}: {@code returns} are chunks the worker will not run, for another worker. */
    record WorkerFrame(List<byte[]> results, long[] returns) {}

    static WorkerFrame readWorkerFrame(byte[] frame) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(frame);
        try {
            int n = in.getInt();
            List<byte[]> results = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte[] r = new byte[in.getInt()];
                in.get(r);
                results.add(r);
            }
            return new WorkerFrame(results, readIds(in));
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new IOException("malformed worker frame", e);
        }
    }

    private static long[] readIds(ByteBuffer in) {
        long[] ids = new long[in.getInt()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = in.getLong();
        }
        return ids;
    }

    static long chunkIdOf(byte[] frame) {
        return ByteBuffer.wrap(frame).getLong(0);
    }

    private static boolean noErrors(Throwable[] errors) {
        for (Throwable t : errors) {
            if (t != null) {
                return false;
            }
        }
        return true;
    }

    static ResultRecord readResults(byte[] frame) {
        if (frame.length > 8 && frame[8] == CompactCodec.MARKER) {
            try {
                Object[] values = CompactCodec.read(frame, 9);
                return new ResultRecord(chunkIdOf(frame), values, new Throwable[values.length]);
            } catch (IOException e) {
                throw new SerializationError("cannot read the results of a pool worker: " + e, e);
            }
        }
        try (ObjectInputStream in = Serialization.input(new ByteArrayInputStream(frame, 8, frame.length - 8))) {
            int n = in.readInt();
            Object[] values = new Object[n];
            Throwable[] errors = new Throwable[n];
            for (int i = 0; i < n; i++) {
                boolean failed = in.readBoolean();
                Object o = in.readObject();
                if (failed) {
                    errors[i] = (Throwable) o;
                } else {
                    values[i] = o;
                }
            }
            return new ResultRecord(chunkIdOf(frame), values, errors);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // A readObject may throw an unchecked exception too: the chunk fails, not the reader.
            throw new SerializationError("cannot read the results of a pool worker: " + e, e);
        }
    }
}
