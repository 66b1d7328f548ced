package dev.mp4j.queues;

import dev.mp4j.core.internal.shm.CrossProcessSynchronizer;
import dev.mp4j.core.internal.shm.SharedBlock;
import java.io.Serial;
import java.util.function.BooleanSupplier;

/**
 * What one end of a spawn pipe waits for, as state machines over {@link PipeLayout} for the
 * {@link CrossProcessSynchronizer}, which owns the waiting: a record to receive, or room to
 * send. Either wait also ends once the other end is gone ({@link PipeHolders}: cheaply at
 * every try, by asking the OS about its holders at each periodic check, so a SIGKILLed peer
 * ends the wait within about 100 ms) or this end's object is closed. A wait acquires
 * nothing: it returns once its condition may hold, and the caller looks again. They live
 * only inside a {@link RingConnection}, which is the handle that travels.
 */
final class PipeWaits {

    private PipeWaits() {}

    /** What both share: the ends of the wait (this object closed, the other end gone). */
    abstract static class PipeWait extends ConditionWait {

        @Serial
        private static final long serialVersionUID = 1L;

        final transient long direction;
        private final transient PipeHolders peer;
        private final transient BooleanSupplier closed;

        PipeWait(SharedBlock block, long direction, long futexWord, long waiters, int spins, PipeHolders peer,
                BooleanSupplier closed) {
            super(block, direction + futexWord, direction + waiters, spins);
            this.direction = direction;
            this.peer = peer;
            this.closed = closed;
        }

        /** Whether the wait is over for this state, the peer aside. */
        abstract boolean ready(long arg);

        @Override
        protected final boolean tryAcquire(long arg) {
            return ready(arg) || closed.getAsBoolean() || !peer.anyClaimed();
        }

        @Override
        protected final boolean recoverAbandoned(long arg) {
            return !peer.anyLive();
        }

        @Override
        protected final String kind() {
            return PipeLayout.KIND;
        }

        @Override
        protected final Object attach(SharedBlock block) {
            throw new IllegalStateException("a pipe's waits travel inside its connection only");
        }
    }

    /** A receiver waits for a record ({@code tail != head}); the peer is the sending end. */
    static final class Data extends PipeWait {

        @Serial
        private static final long serialVersionUID = 1L;

        /** A receiver in another JVM usually sees the next send within these. */
        private static final int SPINS = 2000;

        Data(SharedBlock block, long direction, PipeHolders sender, BooleanSupplier closed) {
            super(block, direction, PipeLayout.TAIL, PipeLayout.DATA_WAITERS, SPINS, sender, closed);
        }

        @Override
        boolean ready(long arg) {
            return words.getIntVolatile(direction + PipeLayout.TAIL) != words.getIntVolatile(direction + PipeLayout.HEAD);
        }
    }

    /** A sender waits for {@code arg} free bytes in the ring; the peer is the receiving end. */
    static final class Room extends PipeWait {

        @Serial
        private static final long serialVersionUID = 1L;

        private static final int SPINS = 2000;

        private final transient int capacity;

        Room(SharedBlock block, long direction, int capacity, PipeHolders receiver, BooleanSupplier closed) {
            super(block, direction, PipeLayout.HEAD, PipeLayout.ROOM_WAITERS, SPINS, receiver, closed);
            this.capacity = capacity;
        }

        @Override
        boolean ready(long need) {
            int head = words.getIntVolatile(direction + PipeLayout.HEAD);
            int tail = words.getIntVolatile(direction + PipeLayout.TAIL);
            return capacity - (tail - head) >= need;
        }
    }
}
