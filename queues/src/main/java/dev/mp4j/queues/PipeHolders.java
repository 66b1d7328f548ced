package dev.mp4j.queues;

import static dev.mp4j.queues.PipeLayout.SLOTS;
import static dev.mp4j.queues.PipeLayout.SLOT_START;
import static dev.mp4j.queues.PipeLayout.holder;
import static dev.mp4j.queues.PipeLayout.pid;
import static dev.mp4j.queues.PipeLayout.refs;

import dev.mp4j.core.internal.shm.ProcessIdentity;
import dev.mp4j.core.internal.shm.SharedWords;

/**
 * The processes that hold one end of a spawn pipe: the holder slots of {@link PipeLayout},
 * each a process and its references, changed by CAS. An end is gone for the other end once
 * no slot names a live process: every holder closed it, dropped it or died.
 *
 * <p>Lock-free; {@link #anyClaimed()} is a few plain reads, cheap enough for a spin loop,
 * and {@link #anyLive()} asks the OS about each holder, for the periodic check of a waiter.
 */
final class PipeHolders {

    private static final ProcessIdentity ME = ProcessIdentity.current();

    private final SharedWords words;
    private final int end;

    PipeHolders(SharedWords words, int end) {
        this.words = words;
        this.end = end;
    }

    /**
     * Adds a reference of this process.
     *
     * @throws IllegalStateException if {@value PipeLayout#SLOTS} other processes hold the end
     */
    void hold() {
        for (int i = 0; i < SLOTS; i++) {
            long at = PipeLayout.slot(end, i);
            for (long w = words.getLongVolatile(at); pid(w) == ME.pid() && refs(w) > 0; w = words.getLongVolatile(at)) {
                if (refs(w) < PipeLayout.REF_MASK && words.compareAndSetLong(at, w, w + 1)) {
                    return;
                }
            }
        }
        for (int i = 0; i < SLOTS; i++) {
            long at = PipeLayout.slot(end, i);
            if (words.getLongVolatile(at) == 0 && words.compareAndSetLong(at, 0, holder(ME.pid(), 0))) {
                words.setLongVolatile(at + SLOT_START, ME.startMillis());
                words.setLongVolatile(at, holder(ME.pid(), 1));
                return;
            }
        }
        throw new IllegalStateException("end " + (end + 1) + " of the pipe is held by " + SLOTS
                + " processes, the most a pipe tracks; close it in the processes that do not use it");
    }

    /** Drops a reference of process {@code pid}, if it has one; frees its slot at the last. */
    void release(long pid) {
        for (int i = 0; i < SLOTS; i++) {
            long at = PipeLayout.slot(end, i);
            for (long w = words.getLongVolatile(at); pid(w) == pid && refs(w) > 0; w = words.getLongVolatile(at)) {
                if (refs(w) > 1) {
                    if (words.compareAndSetLong(at, w, w - 1)) {
                        return;
                    }
                } else if (words.compareAndSetLong(at, w, holder(pid, 0))) {
                    words.setLongVolatile(at + SLOT_START, 0);
                    words.setLongVolatile(at, 0);
                    return;
                }
            }
        }
    }

    /** Whether a slot is taken at all: plain reads, no question to the OS. */
    boolean anyClaimed() {
        for (int i = 0; i < SLOTS; i++) {
            if (words.getLongVolatile(PipeLayout.slot(end, i)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a live process holds the end; frees the slots of dead ones on the way. */
    boolean anyLive() {
        boolean live = false;
        for (int i = 0; i < SLOTS; i++) {
            long at = PipeLayout.slot(end, i);
            long w = words.getLongVolatile(at);
            if (w == 0) {
                continue;
            }
            long start = words.getLongVolatile(at + SLOT_START);
            boolean alive = refs(w) == 0
                    // being claimed or freed: its start may not be its own yet
                    ? ProcessHandle.of(pid(w)).map(ProcessHandle::isAlive).orElse(false)
                    : new ProcessIdentity(pid(w), start).isAlive();
            if (alive) {
                live = true;
            } else {
                words.compareAndSetLong(at, w, 0);
            }
        }
        return live;
    }
}
