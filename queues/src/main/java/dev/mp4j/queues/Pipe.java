package dev.mp4j.queues;

import dev.mp4j.core.Context;
import java.io.Serializable;
import java.util.Objects;

/**
 * A pair of connected {@link Connection}s, as Python's {@code multiprocessing.Pipe()}: what
 * one end sends, the other receives, whole and in order.
 *
 * <pre>{@code
 * Pipe pipe = Pipe.open(ctx);                        // Python: a, b = Pipe()
 * Connection parent = pipe.conn1(), child = pipe.conn2();
 * Process p = new Process(ctx, () -> { child.send(List.of(42, "hello")); child.close(); });
 * p.start();
 * child.close();                                     // this process's copy: now EOF means the child is done
 * System.out.println(parent.recv());                 // [42, hello]
 * p.join();
 * }</pre>
 *
 * <p><b>Duplex or not.</b> {@link #open(Context)} gives a two-way pipe; {@code open(ctx,
 * false)} a one-way one where, in Python's order, {@code conn1} only receives and
 * {@code conn2} only sends. Using an end the wrong way is an {@link IllegalStateException}
 * naming the end and what it can do.
 *
 * <p><b>Contexts.</b> {@code Context.threads()}: each direction is a queue of byte arrays on
 * the heap, bounded to 1 MiB as a socket's buffer is. {@code Context.spawn()}: each direction
 * is a ring of 1 MiB ({@code -Dmp4j.pipe.ringBytes}) in a mapped file; a message larger than
 * a quarter of the ring goes through in pieces, read as they are written (nothing limits a
 * message to 2 GiB but a Java array, for {@code recvBytes}).
 *
 * <p><b>Across processes.</b> The ends of a spawn pipe are serializable handles: they
 * travel as {@code Process} arguments, Pool task arguments and inside queues, and work in
 * the JVM that receives them. The other end is gone, and a receive there throws
 * {@link EOFError} after the last message, once <em>no live process holds it</em>: a
 * process holds an end from when it creates or receives it until it closes it there (or
 * drops it: garbage collection closes it), or it ends in any way, SIGKILL included (a
 * blocked receive sees that within about 100 ms). So, as with Python's file descriptors, a
 * parent that passes {@code conn2} to a child and wants EOF when the child is done closes
 * its own {@code conn2} after {@code start()}; a copy on its way to another process (serialized,
 * not yet received) counts as held by the sender.
 *
 * @param conn1 the first end: receives only if the pipe is one-way
 * @param conn2 the second end: sends only if the pipe is one-way
 * @see Connection
 */
public record Pipe(Connection conn1, Connection conn2) implements AutoCloseable, Serializable {

    public Pipe {
        Objects.requireNonNull(conn1, "conn1");
        Objects.requireNonNull(conn2, "conn2");
    }

    /** A two-way pipe of {@code context} (Python's {@code Pipe()}). */
    public static Pipe open(Context context) {
        return open(context, true);
    }

    /** A pipe of the default context; two-way unless {@code duplex} is false. */
    public static Pipe open(boolean duplex) {
        return open(Context.defaultContext(), duplex);
    }

    /**
     * A pipe of {@code context} (Python's {@code Pipe(duplex)}): two-way, or if
     * {@code duplex} is false one-way from {@code conn2} to {@code conn1}.
     */
    public static Pipe open(Context context, boolean duplex) {
        ConnectionBacking[] ends = QueueBackings.pipe(Objects.requireNonNull(context, "context"), duplex);
        return new Pipe(new Connection(ends[0]), new Connection(ends[1]));
    }

    /** Closes both ends held here (other processes' copies stay open). Idempotent. */
    @Override
    public void close() {
        try {
            conn1.close();
        } finally {
            conn2.close();
        }
    }
}
