package dev.mp4j.core.internal.shm;

import static dev.mp4j.core.internal.shm.ArenaLayout.BLOCK_KIND;
import static dev.mp4j.core.internal.shm.ArenaLayout.BLOCK_WORDS;
import static dev.mp4j.core.internal.shm.ArenaLayout.GENERATION;

/**
 * The shared memory of one spawn primitive: a block of an arena file ({@link ArenaLayout}),
 * or for a primitive larger than {@link ArenaLayout#MAX_BLOCK} a file of its own laid out
 * the same way. Its {@link #words()} start with the 8-byte block header; a primitive's
 * layout places its own words from {@link ArenaLayout#BLOCK_WORDS} on.
 *
 * <pre>{@code
 * SharedBlock block = SharedBlock.allocate(EventLayout.KIND, EventLayout.SIZE);   // creator
 * ... block.file(), block.offset(), block.generation(), block.bytes() travel ...
 * SharedBlock same = SharedBlock.attach(file, offset, generation, EventLayout.KIND, bytes);
 * }</pre>
 *
 * <p><b>Lifetime.</b> The creating process owns the block: when the last block object for
 * it in the creating JVM becomes unreachable, the block is freed (its generation raised)
 * and later reused; a block of its own file has the file removed. A block object of another
 * JVM keeps only the mapping alive. Every access through a handle first calls
 * {@link #checkLive()}, so a handle to a block freed by its creator fails with an
 * {@link IllegalStateException} saying it no longer exists, instead of touching a reused
 * line. Attaching in the creating JVM itself returns a block object that keeps the block
 * live, as the creator's own does.
 *
 * <p>Thread-safe.
 */
public final class SharedBlock {

    private final String file;
    private final long offset;
    private final int generation;
    private final long bytes;
    private final SharedWords words;
    /** Holding it keeps the mapping alive: the ArenaFile, or the block's own Segment. */
    private final Object mapping;

    private SharedBlock(String file, long offset, int generation, long bytes, SharedWords words, Object mapping) {
        this.file = file;
        this.offset = offset;
        this.generation = generation;
        this.bytes = bytes;
        this.words = words;
        this.mapping = mapping;
    }

    /**
     * A new zero-filled block of kind {@code kind} (four characters) whose words span
     * {@code bytes} bytes, header included, owned by this process.
     */
    public static SharedBlock allocate(String kind, long bytes) {
        if (bytes < BLOCK_WORDS) {
            throw new IllegalArgumentException("a block holds at least its header: " + bytes);
        }
        int code = SegmentHeaderLayout.kind(kind);
        if (bytes > ArenaLayout.MAX_BLOCK) {
            Segment segment = Segment.create(kind, ArenaLayout.VERSION, bytes);
            SharedWords words = new SharedWords(segment.data());
            words.setIntRelease(BLOCK_KIND, code);
            return new SharedBlock(segment.name(), 0, 0, bytes, words, segment);
        }
        int sizeClass = ArenaLayout.sizeClass(bytes);
        LineArena.Allocation at = LineArena.allocate(sizeClass, code);
        SharedWords words = at.file().block(at.offset(), bytes);
        SharedBlock block = new SharedBlock(at.file().name(), at.offset(), words.getInt(GENERATION), bytes,
                words, at.file());
        Segment.CLEANER.register(block, new Release(at.file(), at.offset(), sizeClass));
        return block;
    }

    /**
     * The block a handle names, mapped in this JVM.
     *
     * @throws IllegalStateException if it no longer exists (its creator dropped it, closed
     *     it or exited) or holds another kind
     */
    public static SharedBlock attach(String file, long offset, int generation, String kind, long bytes) {
        int code = SegmentHeaderLayout.kind(kind);
        if (!FileNames.isArena(file)) {
            Segment segment = Segment.attach(file, kind, ArenaLayout.VERSION);
            SharedWords words = new SharedWords(segment.data());
            if (words.byteSize() < bytes || words.getIntAcquire(BLOCK_KIND) != code) {
                segment.close();
                throw new IllegalStateException("mp4j segment " + file + " does not hold a " + kind + " of " + bytes + " bytes");
            }
            return new SharedBlock(file, 0, 0, bytes, words.slice(0, bytes), segment);
        }
        if (bytes > ArenaLayout.MAX_BLOCK) {
            throw new IllegalStateException("mp4j handle " + file + "@" + offset + " names a block of " + bytes + " bytes");
        }
        ArenaFile own = LineArena.retainOwn(file, offset, generation);
        ArenaFile arena = own != null ? own : LineArena.attached(file);
        SharedWords words = arena.block(offset, bytes);
        SharedBlock block = new SharedBlock(file, offset, generation, bytes, words, arena);
        if (own != null) {
            Segment.CLEANER.register(block, new Release(own, offset, ArenaLayout.sizeClass(bytes)));
        }
        if (words.getIntAcquire(GENERATION) != generation) {
            throw gone(file, offset);
        }
        if (words.getIntAcquire(BLOCK_KIND) != code) {
            throw new IllegalStateException("mp4j block " + file + "@" + offset + " holds "
                    + SegmentHeaderLayout.kindName(words.getIntAcquire(BLOCK_KIND)) + ", expected " + kind);
        }
        return block;
    }

    static IllegalStateException gone(String file, long offset) {
        return new IllegalStateException("mp4j shared object " + file + "@" + offset
                + " no longer exists: its creator dropped or closed it, or exited");
    }

    /**
     * Throws if the block was freed by its creator since this handle was made: the check
     * every access through a handle makes first (one acquire read of the block's first word).
     */
    public void checkLive() {
        if (words.getIntAcquire(GENERATION) != generation) {
            throw gone(file, offset);
        }
    }

    /** The block's words, header included (the primitive's own start at {@link ArenaLayout#BLOCK_WORDS}). */
    public SharedWords words() {
        return words;
    }

    /** The file that holds the block, which a handle carries. */
    public String file() {
        return file;
    }

    /** The block's offset in its file's data area (0 for a file of its own). */
    public long offset() {
        return offset;
    }

    /** The generation this block object was made for. */
    public int generation() {
        return generation;
    }

    /** The size of the block's words, header included. */
    public long bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return file + "@" + offset;
    }

    /** Kept apart from the block so that the Cleaner does not keep it reachable. */
    private record Release(ArenaFile file, long offset, int sizeClass) implements Runnable {
        @Override
        public void run() {
            LineArena.release(file, offset, sizeClass);
        }
    }
}
