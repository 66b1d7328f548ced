package dev.mp4j.queues;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.queues.spi.PipeEnd;
import java.io.Serial;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * One end of a pipe of a context engine (the cluster context's): its {@link PipeEnd}, which
 * travels as a handle, with the checks and errors every {@link Connection} has.
 */
final class EngineConnection implements ConnectionBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PipeEnd end;
    /** 0 for conn1, 1 for conn2. */
    private final int index;
    private final boolean duplex;

    private EngineConnection(PipeEnd end, int index, boolean duplex) {
        this.end = end;
        this.index = index;
        this.duplex = duplex;
    }

    static ConnectionBacking[] pipe(PipeEnd[] ends, boolean duplex) {
        return new ConnectionBacking[] {new EngineConnection(ends[0], 0, duplex), new EngineConnection(ends[1], 1, duplex)};
    }

    @Override
    public void sendBytes(MemorySegment message) {
        check(duplex || index == 1);
        try {
            if (!end.send(message.toArray(ValueLayout.JAVA_BYTE))) {
                throw new EOFError("the other end of the pipe is closed");
            }
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
    }

    @Override
    public byte[] recvBytes(long maxLength) {
        check(duplex || index == 0);
        byte[] message;
        try {
            message = end.recv(maxLength);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
        if (message == null) {
            throw new EOFError("the other end of the pipe is closed");
        }
        if (message.length > maxLength) {
            throw ConnectionBacking.tooLong(message.length, maxLength, null);
        }
        return message;
    }

    @Override
    public boolean poll(long nanos) {
        check(duplex || index == 0);
        try {
            return end.poll(nanos);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
    }

    private void check(boolean rightWay) {
        if (end.closed()) {
            throw new IllegalStateException("the connection is closed");
        }
        if (!rightWay) {
            throw ConnectionBacking.wrongWay(index);
        }
    }

    @Override
    public int queueLength() {
        return end.queueLength();
    }

    @Override
    public boolean closed() {
        return end.closed();
    }

    @Override
    public void close() {
        end.close();
    }
}
