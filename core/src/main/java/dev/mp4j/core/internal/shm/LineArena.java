package dev.mp4j.core.internal.shm;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The arena files of this JVM: its own, from which {@link SharedBlock#allocate} hands out
 * blocks, and the other processes' that it has attached, mapped once each however many of
 * their blocks it holds.
 *
 * <p>Own files are kept for the life of the JVM and removed at exit (or swept after a
 * crash, like every file of the runtime directory). The first holds
 * {@link ArenaLayout#FIRST_LINES} lines, each next one twice as many up to
 * {@link ArenaLayout#MAX_LINES}, so 200,000 lines take five files. Another process's file
 * stays mapped while any block of it is reachable here, and is unmapped once none is.
 */
final class LineArena {

    private static final ReentrantLock LOCK = new ReentrantLock();
    /** Guarded by LOCK. Newest last. */
    private static final List<ArenaFile> OWN = new ArrayList<>();
    private static final Map<String, ArenaFile> OWN_BY_NAME = new ConcurrentHashMap<>();
    private static final Map<String, WeakReference<ArenaFile>> ATTACHED = new ConcurrentHashMap<>();

    private LineArena() {}

    /** Where a block was allocated. */
    record Allocation(ArenaFile file, long offset) {}

    /** A block of class {@code sizeClass} from one of this process's files, oldest file first. */
    static Allocation allocate(int sizeClass, int kind) {
        LOCK.lock();
        try {
            for (ArenaFile file : OWN) {
                long at = file.allocate(sizeClass, kind);
                if (at >= 0) {
                    return new Allocation(file, at);
                }
            }
            int lines = OWN.isEmpty() ? ArenaLayout.FIRST_LINES
                    : Math.min(ArenaLayout.MAX_LINES, 2 * OWN.getLast().lines());
            ArenaFile file = ArenaFile.create(Math.max(lines, 1 << sizeClass));
            OWN.add(file);
            OWN_BY_NAME.put(file.name(), file);
            return new Allocation(file, file.allocate(sizeClass, kind));
        } finally {
            LOCK.unlock();
        }
    }

    /** Drops one live block object of an own file (see {@link ArenaFile#release}). */
    static void release(ArenaFile file, long offset, int sizeClass) {
        LOCK.lock();
        try {
            file.release(offset, sizeClass);
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * This process's own file {@code name} if the block at {@code offset} is live with
     * {@code generation} (one more live block object is then recorded), else null; also
     * null when {@code name} is not an own file.
     */
    static ArenaFile retainOwn(String name, long offset, int generation) {
        ArenaFile file = OWN_BY_NAME.get(name);
        if (file == null) {
            return null;
        }
        LOCK.lock();
        try {
            if (!file.retain(offset, generation)) {
                throw SharedBlock.gone(name, offset);
            }
            return file;
        } finally {
            LOCK.unlock();
        }
    }

    static boolean isOwn(String name) {
        return OWN_BY_NAME.containsKey(name);
    }

    /** Another process's file {@code name}, mapped once for this JVM. */
    static ArenaFile attached(String name) {
        WeakReference<ArenaFile> ref = ATTACHED.get(name);
        ArenaFile file = ref == null ? null : ref.get();
        if (file != null) {
            return file;
        }
        synchronized (ATTACHED) {
            ref = ATTACHED.get(name);
            file = ref == null ? null : ref.get();
            if (file == null) {
                file = ArenaFile.attach(name);
                ATTACHED.put(name, new WeakReference<>(file));
                ATTACHED.values().removeIf(r -> r.get() == null);
            }
            return file;
        }
    }

    /** The generation now in the block at {@code offset} of own file {@code name} (for tests). */
    static int generationOf(String name, long offset) {
        return OWN_BY_NAME.get(name).block(offset, ArenaLayout.BLOCK_WORDS).getIntAcquire(ArenaLayout.GENERATION);
    }

    /** How many arena files this process owns (for tests and diagnostics). */
    static int ownFiles() {
        LOCK.lock();
        try {
            return OWN.size();
        } finally {
            LOCK.unlock();
        }
    }
}
