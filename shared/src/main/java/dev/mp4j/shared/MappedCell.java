package dev.mp4j.shared;

import static dev.mp4j.shared.SharedValueLayout.VALUE;

import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.SharedBlock;
import dev.mp4j.core.internal.shm.SharedWords;
import java.io.Serial;

/**
 * The spawn-context cell: a word of a block of shared memory ({@link SharedValueLayout}).
 * Serialized as a handle to its block; deserializing attaches the same word.
 */
final class MappedCell extends MappedHandle implements Cell {

    @Serial
    private static final long serialVersionUID = 2L;

    private final int size;
    private final transient SharedBlock block;
    private final transient SharedWords line;

    private MappedCell(int size, SharedBlock block) {
        super(block);
        this.size = size;
        this.block = block;
        this.line = block.words();
    }

    static MappedCell create(int size) {
        return new MappedCell(size, SharedBlock.allocate(SharedValueLayout.KIND, SharedValueLayout.SIZE));
    }

    @Override
    protected String kind() {
        return SharedValueLayout.KIND;
    }

    @Override
    protected MappedCell attach(SharedBlock block) {
        return new MappedCell(size, block);
    }

    @Override
    public long load() {
        block.checkLive();
        return size <= 4 ? line.getIntVolatile(VALUE) : line.getLongVolatile(VALUE);
    }

    @Override
    public void store(long bits) {
        block.checkLive();
        if (size <= 4) {
            line.setIntVolatile(VALUE, (int) bits);
        } else {
            line.setLongVolatile(VALUE, bits);
        }
    }

    @Override
    public boolean compareAndSet(long expected, long bits) {
        block.checkLive();
        return size <= 4
                ? line.compareAndSetInt(VALUE, (int) expected, (int) bits)
                : line.compareAndSetLong(VALUE, expected, bits);
    }

    @Override
    public long getAndAdd(long delta) {
        block.checkLive();
        return size <= 4 ? line.getAndAddInt(VALUE, (int) delta) : line.getAndAddLong(VALUE, delta);
    }
}
