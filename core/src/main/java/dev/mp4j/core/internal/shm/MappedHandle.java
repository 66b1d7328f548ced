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
 * final class MappedEvent extends MappedHandle implements EventBacking {
 *     private final transient Sync sync;
 *
 *     private MappedEvent(SharedBlock block) {
 *         super(block);
 *         this.sync = new Sync(block);
 *     }
 *
 *     static MappedEvent create() {
 *         return new MappedEvent(SharedBlock.allocate(EventLayout.KIND, EventLayout.SIZE));
 *     }
 *
 *     protected String kind() { return EventLayout.KIND; }
 *
 *     protected MappedEvent attach(SharedBlock block) { return new MappedEvent(block); }
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

    protected MappedHandle(SharedBlock block) {
        this.file = block.file();
        this.offset = block.offset();
        this.generation = block.generation();
        this.bytes = block.bytes();
        this.block = block;
    }

    /** The block's four-character kind, which attaching checks. */
    protected abstract String kind();

    /**
     * This backing over {@code block}, the handle's block attached in this JVM: called on a
     * deserialized copy, whose non-transient fields are set.
     */
    protected abstract Object attach(SharedBlock block);

    /** The block (null only in a deserialized copy before {@link #attach}). */
    protected final SharedBlock block() {
        return block;
    }

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
