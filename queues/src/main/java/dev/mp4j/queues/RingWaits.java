package dev.mp4j.queues;

import static dev.mp4j.queues.RingLayout.CONSUMED;
import static dev.mp4j.queues.RingLayout.DATA_WAITERS;
import static dev.mp4j.queues.RingLayout.DONE;
import static dev.mp4j.queues.RingLayout.HEAD;
import static dev.mp4j.queues.RingLayout.JOIN_WAITERS;
import static dev.mp4j.queues.RingLayout.PRODUCED;
import static dev.mp4j.queues.RingLayout.ROOM_WAITERS;
import static dev.mp4j.queues.RingLayout.SHUTDOWN;
import static dev.mp4j.queues.RingLayout.TAIL;
import static dev.mp4j.queues.RingLayout.WRITER_PID;
import static dev.mp4j.queues.RingLayout.WRITER_START;
import static dev.mp4j.queues.RingLayout.WRITING;

import dev.mp4j.core.internal.shm.CrossProcessSynchronizer;
import dev.mp4j.core.internal.shm.ProcessIdentity;
import dev.mp4j.core.internal.shm.SharedBlock;
import java.io.Serial;

/**
 * The three things a spawn-context queue waits for, each a state machine over the words of
 * {@link RingLayout} for the {@link CrossProcessSynchronizer}, which owns the waiting: data
 * in the ring (consumers), room in it (producers), and no unfinished task (joiners). A wait
 * "acquires" nothing: it returns once its condition may hold, and the caller looks again.
 * They live only inside a {@link RingQueue}, which is the handle that travels.
 */
final class RingWaits {

    private RingWaits() {}

    /** What the three share: the block's kind; the rest is {@link ConditionWait}'s. */
    abstract static class RingWait extends ConditionWait {

        @Serial
        private static final long serialVersionUID = 1L;

        RingWait(SharedBlock block, long futexWord, long waiterCount, int spins) {
            super(block, futexWord, waiterCount, spins);
        }

        @Override
        protected final String kind() {
            return RingLayout.KIND;
        }
    }

    /**
     * A consumer, holding the get lock, waits for a record: {@code arg} is 0, or the id of
     * the message whose next piece it waits for, which it gives up once {@code writing}
     * moves on or the writer is dead (checked by the synchronizer every 100 ms).
     */
    static final class Data extends RingWait {

        @Serial
        private static final long serialVersionUID = 1L;

        /**
         * About 100 microseconds of spinning (20 ns a spin on a 2-core EPYC) before a
         * consumer sleeps: a producer on another JVM that is between two puts, or was
         * descheduled, usually comes back within it, and a sleep costs the producer a wake
         * call at its next put. At 500 spins the 4-to-1 row lost a third of its throughput.
         */
        private static final int SPINS = 5_000;

        Data(SharedBlock block) {
            super(block, TAIL, DATA_WAITERS, SPINS);
        }

        @Override
        protected boolean tryAcquire(long id) {
            if (words.getIntVolatile(TAIL) != words.getIntVolatile(HEAD)) {
                return true;
            }
            return id == 0 ? words.getIntVolatile(SHUTDOWN) != 0 : words.getLongVolatile(WRITING) != id;
        }

        @Override
        protected boolean recoverAbandoned(long id) {
            return id != 0 && writerDead(id);
        }

        /** Whether the message {@code id} will never be finished: its writer moved on or died. */
        boolean writerDead(long id) {
            if (words.getLongVolatile(WRITING) != id) {
                return true;
            }
            return !new ProcessIdentity(words.getLongVolatile(WRITER_PID), words.getLongVolatile(WRITER_START)).isAlive();
        }

        @Override
        protected Data attach(SharedBlock block) {
            return new Data(block);
        }
    }

    /**
     * A producer waits for room: {@code arg} is the ring bytes it needs, plus {@link #SLOT}
     * when it also needs an item slot under maxsize. Also ends at a shutdown.
     */
    static final class Room extends RingWait {

        @Serial
        private static final long serialVersionUID = 1L;

        static final long SLOT = 1L << 32;
        private static final int SPINS = 200;

        private final transient int capacity;
        private final transient int maxsize;

        Room(SharedBlock block, int capacity, int maxsize) {
            super(block, HEAD, ROOM_WAITERS, SPINS);
            this.capacity = capacity;
            this.maxsize = maxsize;
        }

        /**
         * The last CONSUMED this handle read. CONSUMED only grows, so an old one can only
         * understate the room: it is read again only when the one seen says there is too
         * little, and a put into a ring with room reads no line the consumers write.
         * Threads of this JVM share it racily; a lost update only costs a read.
         */
        private transient long seenConsumed;

        /** Whether {@code need} (bytes, and perhaps {@link #SLOT}) is free now. */
        boolean free(long need) {
            long produced = words.getLongVolatile(PRODUCED);
            return fits(need, produced, seenConsumed) || fits(need, produced, seenConsumed = words.getLongVolatile(CONSUMED));
        }

        private boolean fits(long need, long produced, long consumed) {
            int used = RingLayout.position(produced) - RingLayout.position(consumed);
            if (used < 0 || capacity - used < (int) need) {
                return false;
            }
            return (need & SLOT) == 0 || maxsize == 0
                    || RingLayout.count(produced) - RingLayout.count(consumed) < maxsize;
        }

        @Override
        protected boolean tryAcquire(long need) {
            return words.getIntVolatile(SHUTDOWN) != 0 || free(need);
        }

        @Override
        protected Room attach(SharedBlock block) {
            return new Room(block, capacity, maxsize);
        }
    }

    /** A joiner waits until every item put is marked done. */
    static final class Tasks extends RingWait {

        @Serial
        private static final long serialVersionUID = 1L;

        private static final int SPINS = 50;

        Tasks(SharedBlock block) {
            super(block, DONE, JOIN_WAITERS, SPINS);
        }

        /** Items put and not marked done: done first, then puts, which only grows, so never negative. */
        int unfinished() {
            int done = words.getIntVolatile(DONE);
            return RingLayout.count(words.getLongVolatile(PRODUCED)) - done;
        }

        @Override
        protected boolean tryAcquire(long arg) {
            return unfinished() == 0;
        }

        /**
         * Marks {@code n} tasks done, fewer if fewer are unfinished (all: {@code strict}
         * false), and wakes the joiners when none is left.
         *
         * @throws IllegalStateException if {@code strict} and fewer than {@code n} are unfinished
         */
        void markDone(int n, boolean strict) {
            while (true) {
                int done = words.getIntVolatile(DONE);
                int unfinished = RingLayout.count(words.getLongVolatile(PRODUCED)) - done;
                if (strict && unfinished < n) {
                    throw new IllegalStateException("taskDone() called more times than items were put");
                }
                int step = Math.min(n, unfinished);
                if (step <= 0) {
                    return;
                }
                if (words.compareAndSetInt(DONE, done, done + step)) {
                    if (unfinished == step) {
                        wake();
                    }
                    return;
                }
            }
        }

        @Override
        protected Tasks attach(SharedBlock block) {
            return new Tasks(block);
        }
    }
}
