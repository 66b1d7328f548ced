package dev.mp4j.core.internal.shm;

import static dev.mp4j.core.internal.shm.ArenaLayout.BLOCK_KIND;
import static dev.mp4j.core.internal.shm.ArenaLayout.FREE_NEXT;
import static dev.mp4j.core.internal.shm.ArenaLayout.GENERATION;
import static dev.mp4j.core.internal.shm.ArenaLayout.LINE;
import static dev.mp4j.core.internal.shm.ArenaLayout.LINES;
import static dev.mp4j.core.internal.shm.ArenaLayout.NEXT;

/**
 * One arena file ({@link ArenaLayout}) mapped in this JVM: one of this process's own, from
 * which it hands out blocks, or another process's, whose blocks it only attaches.
 *
 * <p>The allocation methods are called only on this process's own files, under
 * {@link LineArena}'s lock: no other process ever writes the arena line or a free list, so
 * plain accesses suffice there. The generation word is the one word another process reads
 * concurrently: it is raised with release semantics (see the package's access-mode rules
 * for how it is read).
 */
final class ArenaFile {

    /** Holding it keeps the mapping alive as long as any block of this file is in use. */
    private final Segment segment;
    private final SharedWords data;
    /** Live blocks of this JVM per line (own files only): a block is freed when it drops to 0. */
    private final int[] refs;

    private ArenaFile(Segment segment, boolean own) {
        this.segment = segment;
        this.data = new SharedWords(segment.data());
        this.refs = own ? new int[data.getInt(LINES)] : null;
    }

    /** A new, empty arena file of {@code lines} lines, owned by this process. */
    static ArenaFile create(int lines) {
        Segment segment = Segment.create(ArenaLayout.KIND, ArenaLayout.VERSION, ArenaLayout.dataSize(lines));
        new SharedWords(segment.data()).setInt(LINES, lines);
        return new ArenaFile(segment, true);
    }

    /** Another process's arena file {@code name}, mapped here. */
    static ArenaFile attach(String name) {
        return new ArenaFile(Segment.attach(name, ArenaLayout.KIND, ArenaLayout.VERSION), false);
    }

    String name() {
        return segment.name();
    }

    /** The number of lines (own files only). */
    int lines() {
        return refs.length;
    }

    /** The words of the block at data offset {@code offset} of {@code bytes} bytes. */
    SharedWords block(long offset, long bytes) {
        if (offset < ArenaLayout.FIRST_LINE || (offset - ArenaLayout.FIRST_LINE) % LINE != 0
                || offset + bytes > data.byteSize()) {
            throw new IllegalStateException("mp4j arena " + name() + " has no block at " + offset);
        }
        return data.slice(offset, bytes);
    }

    /**
     * Takes a free block of class {@code sizeClass}, or a never-used one; returns its data
     * offset, or -1 when this file has no room. Its words are zeroed and its kind written;
     * its generation is the one it had when it was last freed (0 for a fresh line).
     */
    long allocate(int sizeClass, int kind) {
        int line = takeFree(sizeClass);
        if (line < 0) {
            int next = data.getInt(NEXT);
            int lines = 1 << sizeClass;
            if (next + lines > data.getInt(LINES)) {
                return -1;
            }
            data.setInt(NEXT, next + lines);
            line = next;
        }
        long offset = ArenaLayout.lineOffset(line);
        data.segment().asSlice(offset + ArenaLayout.HOT, (LINE << sizeClass) - ArenaLayout.HOT).fill((byte) 0);
        data.setIntRelease(offset + BLOCK_KIND, kind);
        refs[line] = 1;
        return offset;
    }

    /** Records one more live block object of this JVM for the block at {@code offset}, if it is live. */
    boolean retain(long offset, int generation) {
        int line = ArenaLayout.lineAt(offset);
        if (refs[line] == 0 || data.getIntAcquire(offset + GENERATION) != generation) {
            return false;
        }
        refs[line]++;
        return true;
    }

    /** Drops one live block object; the last one frees the block. */
    void release(long offset, int sizeClass) {
        int line = ArenaLayout.lineAt(offset);
        if (--refs[line] > 0) {
            return;
        }
        // The new generation first: from here on every handle to the block fails its check.
        data.setIntRelease(offset + GENERATION, data.getInt(offset + GENERATION) + 1);
        data.setInt(offset + BLOCK_KIND, 0);
        data.setInt(offset + FREE_NEXT, 0);
        int tail = data.getInt(ArenaLayout.tail(sizeClass));
        if (tail == 0) {
            data.setInt(ArenaLayout.head(sizeClass), line + 1);
        } else {
            data.setInt(ArenaLayout.lineOffset(tail - 1) + FREE_NEXT, line + 1);
        }
        data.setInt(ArenaLayout.tail(sizeClass), line + 1);
    }

    private int takeFree(int sizeClass) {
        int head = data.getInt(ArenaLayout.head(sizeClass));
        if (head == 0) {
            return -1;
        }
        int line = head - 1;
        int next = data.getInt(ArenaLayout.lineOffset(line) + FREE_NEXT);
        data.setInt(ArenaLayout.head(sizeClass), next);
        if (next == 0) {
            data.setInt(ArenaLayout.tail(sizeClass), 0);
        }
        return line;
    }
}
