package dev.mp4j.pool;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * The frames a pool worker's reading thread hands to its main loop. A lock-free queue and
 * an unpark of the main loop only when it sleeps: a {@code LinkedBlockingQueue}'s two locks
 * made the reader and the main loop park on each other at every frame, a context switch
 * more per task, and context switches are most of a small task's cost in a child JVM.
 */
final class Inbox {

    private final ConcurrentLinkedQueue<byte[]> frames = new ConcurrentLinkedQueue<>();
    /** The main loop while it sleeps in {@link #take}, else null. */
    private volatile Thread sleeper;

    void add(byte[] frame) {
        frames.add(frame);
        // After the add: a taker that set itself as sleeper before this read polls again
        // after its park returns, and one that set it after sees the frame in its poll.
        Thread t = sleeper;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** The next frame, or null if none is here. */
    byte[] poll() {
        return frames.poll();
    }

    /** The next frame, waiting for it; one thread at a time. */
    byte[] take() throws InterruptedException {
        byte[] frame = frames.poll();
        if (frame != null) {
            return frame;
        }
        sleeper = Thread.currentThread();
        try {
            while ((frame = frames.poll()) == null) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            return frame;
        } finally {
            sleeper = null;
        }
    }

    /** Moves every frame here to {@code into}, in order. */
    void drainTo(List<byte[]> into) {
        byte[] frame;
        while ((frame = frames.poll()) != null) {
            into.add(frame);
        }
    }
}
