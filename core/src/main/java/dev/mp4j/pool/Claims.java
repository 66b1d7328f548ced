package dev.mp4j.pool;

import dev.mp4j.core.internal.shm.Segment;
import dev.mp4j.core.internal.shm.SharedWords;

/**
 * Which chunks a spawn pool worker has started and not yet reported, kept in shared memory
 * ({@link ClaimsLayout}) rather than told in frames: a worker claims a chunk with two stores
 * before it runs it, and the pool reads the claims only when it needs them, at the worker's
 * death (the chunks claimed fail with {@link WorkerLostError}, the others go to another
 * worker, so no task runs twice), and to decide whether a cancel stops a running task.
 * A frame per claim was a system call and a wake-up of the pool's reader at every task.
 *
 * <p>The worker's methods are called by one thread at a time; the pool's from any thread,
 * until it closes them.
 */
final class Claims {

    private final Segment segment;
    private final SharedWords words;

    private Claims(Segment segment) {
        this.segment = segment;
        this.words = new SharedWords(segment.data());
    }

    /** A worker's claims, empty, for the pool to hand to the worker it starts; the pool closes them once the worker has ended. */
    static Claims create() {
        return new Claims(Segment.create(ClaimsLayout.KIND, ClaimsLayout.VERSION, ClaimsLayout.SIZE));
    }

    /** The claims the pool created for this worker, by {@link #name()}. */
    static Claims attach(String name) {
        return new Claims(Segment.attach(name, ClaimsLayout.KIND, ClaimsLayout.VERSION));
    }

    /** What the worker attaches to. */
    String name() {
        return segment.name();
    }

    /** Unmaps the claims; in the pool, removes their file. Nothing reads them after. */
    void close() {
        segment.close();
    }

    /** Worker: chunk {@code id} is about to run. */
    void add(long id) {
        int count = words.getInt(ClaimsLayout.COUNT);
        if (count == ClaimsLayout.CAPACITY) {
            throw new IllegalStateException("a pool worker claimed " + count + " chunks without reporting one");
        }
        words.setLongOpaque(ClaimsLayout.IDS + 8L * count, id);
        words.setIntRelease(ClaimsLayout.COUNT, count + 1);
    }

    /**
     * Worker: every result is with the socket; what stays claimed is the chunk that runs,
     * if {@code running}. Its id goes first, then the count: a pool that read the old count
     * sees it either where it was or at the front.
     */
    void reported(boolean running, long runningId) {
        if (running) {
            words.setLongOpaque(ClaimsLayout.IDS, runningId);
        }
        words.setIntRelease(ClaimsLayout.COUNT, running ? 1 : 0);
    }

    /** Worker: how many chunks are claimed. */
    int size() {
        return words.getInt(ClaimsLayout.COUNT);
    }

    /**
     * Pool: whether chunk {@code id} was started by the worker and not reported. Exact once
     * the worker has died; while it lives, a chunk whose result is on its way may still show.
     */
    boolean contains(long id) {
        int count = Math.min(words.getIntAcquire(ClaimsLayout.COUNT), ClaimsLayout.CAPACITY);
        for (int i = 0; i < count; i++) {
            if (words.getLongOpaque(ClaimsLayout.IDS + 8L * i) == id) {
                return true;
            }
        }
        return false;
    }
}
