package dev.mp4j.core.internal.shm;

import java.io.Serial;
import java.io.Serializable;

/**
 * The base of a spawn-context backing, which travels to other JVMs as a handle to its
 * {@link SharedBlock}: (file, offset, generation, size), plus the subclass's own fields. It
 * holds the block, so the memory stays live exactly as long as the backing; deserializing
 * attaches the same block through {@link #attach(SharedBlock)}, checking its kind and
 * generation (a block freed by its creator fails with "no longer exists").
 *
 * <pre>{@code
 * final class MappedCell extends MappedHandle implements Cell {
 *     private MappedCell(SharedBlock block) {
 *         super(block);
 *     }
 *
 *     static MappedCell create() {
 *         return new MappedCell(SharedBlock.allocate(SharedValueLayout.KIND, SharedValueLayout.SIZE));
 *     }
 *
 *     protected String kind() { return SharedValueLayout.KIND; }
 *
 *     protected MappedCell attach(SharedBlock block) { return new MappedCell(block); }
 *
 *     public long load() {
 *         checkLive();
 *         return words.getLongVolatile(VALUE);
 *     }
 * }
 * }</pre>
 */
public abstract class MappedHandle implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    private final String file;
    private final long offset;
    private final int generation;
    private final long bytes;
    private final transient SharedBlock block;
    /**
     * The block's words, held here and not reached through the block: a hot access is then
     * two loads away from the backing, which matters for a read that costs a nanosecond.
     */
    protected final transient SharedWords words;

    protected MappedHandle(SharedBlock block) {
        this.file = block.file();
        this.offset = block.offset();
        this.generation = block.generation();
        this.bytes = block.bytes();
        this.block = block;
        this.words = block.words();
        this.region = words.segment();
    }

    /** The block's memory itself, for {@link #hotWord()}: one hop less than through {@link #words}. */
    private final transient java.lang.foreign.MemorySegment region;

    /**
     * The block's {@link ArenaLayout#HOT hot word}, read (volatile) in one access together
     * with the generation, which is checked: the cheapest read of a live word there is.
     *
     * @throws IllegalStateException if the block was freed by its creator
     */
    protected final int hotWord() {
        long both = SharedWords.getLongVolatile(region, ArenaLayout.GENERATION);
        int generationNow = (int) (LITTLE_ENDIAN ? both : both >>> 32);
        if (generationNow != generation) {
            throw SharedBlock.gone(file, offset);
        }
        return (int) (LITTLE_ENDIAN ? both >>> 32 : both);
    }

    private static final boolean LITTLE_ENDIAN = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN;

    /**
     * Throws if the block was freed by its creator since this handle was made (see
     * {@link SharedBlock#checkLive()}); every access through a handle calls it first.
     *
     * <p>A plain read: the volatile access that follows it in every caller orders it (a
     * loop re-reads it after each volatile read, so a free is seen within one pass), and
     * with no barrier between the two the JIT loads the segment's fields once for both. An
     * acquire read here doubled the cost of {@code Event.isSet}.
     */
    protected final void checkLive() {
        if (words.getInt(ArenaLayout.GENERATION) != generation) {
            throw SharedBlock.gone(file, offset);
        }
    }

    /** The block's four-character kind, which attaching checks. */
    protected abstract String kind();

    /**
     * This backing over {@code block}, the handle's block attached in this JVM: called on a
     * deserialized copy, whose non-transient fields are set.
     */
    protected abstract Object attach(SharedBlock block);

    @Serial
    protected final Object readResolve() {
        return attach(SharedBlock.attach(file, offset, generation, kind(), bytes));
    }

    /** Where the block is, which is what travels. */
    @Override
    public String toString() {
        return file + "@" + offset;
    }
}
