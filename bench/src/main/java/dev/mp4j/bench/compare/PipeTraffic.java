package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Connection;
import dev.mp4j.queues.Pipe;
import dev.mp4j.sync.Barrier;
import java.util.Arrays;

/**
 * A pipe between this process and a worker, as the CPython script {@code python_pipe_bench.py}
 * measures {@code pipe_roundtrip_16B} (a 16-byte message there and back, microseconds per round
 * trip) and {@code pipe_bandwidth_1MiB} (1 MiB byte messages from the worker, GB/s). Both
 * sides run the untimed part first, meet at a barrier, and time the rest from there. The
 * untimed round trips are as many as the timed ones, so that the worker JVM's compiler has
 * done its work (and left the two CPUs) before the barrier: the pipe's steady state is
 * timed, not the JIT's.
 */
final class PipeTraffic {

    private static final int ROUND_WARM = 20_000;
    private static final int ROUNDS = 20_000;
    private static final int MESSAGE = 16;
    private static final int MIB = 1 << 20;
    private static final int BULK_WARM = 200;
    private static final int BULK = 1_000;

    private PipeTraffic() {}

    static double microsPerRoundTrip(Context ctx) {
        try (Pipe pipe = Pipe.open(ctx)) {
            Barrier start = new Barrier(ctx, 2);
            Process worker = start(ctx, echo(pipe.conn2(), start));
            pipe.conn2().close();
            Connection mine = pipe.conn1();
            byte[] message = new byte[MESSAGE];
            for (int i = 0; i < ROUND_WARM; i++) {
                mine.sendBytes(message);
                mine.recvBytesInto(message);
            }
            start.await();
            long t0 = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                mine.sendBytes(message);
                mine.recvBytesInto(message);
            }
            long elapsed = System.nanoTime() - t0;
            finish(worker);
            return elapsed / 1e3 / ROUNDS;
        }
    }

    // Static, so that the target captures only the serializable handles.
    private static Process.Target echo(Connection theirs, Barrier start) {
        return () -> {
            byte[] message = new byte[MESSAGE];
            for (int i = 0; i < ROUND_WARM; i++) {
                theirs.sendBytes(message, 0, theirs.recvBytesInto(message));
            }
            start.await();
            for (int i = 0; i < ROUNDS; i++) {
                theirs.sendBytes(message, 0, theirs.recvBytesInto(message));
            }
        };
    }

    static double gigabytesPerSecond(Context ctx) {
        try (Pipe pipe = Pipe.open(ctx, false)) {
            Barrier start = new Barrier(ctx, 2);
            Process worker = start(ctx, flood(pipe.conn2(), start));
            pipe.conn2().close();
            Connection mine = pipe.conn1();
            for (int i = 0; i < BULK_WARM; i++) {
                mine.recvBytes();
            }
            start.await();
            long t0 = System.nanoTime();
            for (int i = 0; i < BULK; i++) {
                mine.recvBytes();
            }
            long elapsed = System.nanoTime() - t0;
            finish(worker);
            return (double) BULK * MIB / elapsed;
        }
    }

    private static Process.Target flood(Connection theirs, Barrier start) {
        return () -> {
            byte[] block = new byte[MIB];
            Arrays.fill(block, (byte) 1);
            for (int i = 0; i < BULK_WARM; i++) {
                theirs.sendBytes(block);
            }
            start.await();
            for (int i = 0; i < BULK; i++) {
                theirs.sendBytes(block);
            }
        };
    }

    private static Process start(Context ctx, Process.Target target) {
        Process worker = new Process(ctx, target);
        worker.start();
        return worker;
    }

    private static void finish(Process worker) {
        worker.join();
        Checks.exitedNormally(worker);
    }
}
