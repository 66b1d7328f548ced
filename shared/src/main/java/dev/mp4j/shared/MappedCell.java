package dev.mp4j.shared;

import static dev.mp4j.shared.SharedValueLayout.VALUE;

import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.SharedBlock;
import dev.mp4j.shared.spi.Cell;
import java.io.Serial;

/**
 * The spawn-context cell: a word of a block of shared memory ({@link SharedValueLayout}).
 * Serialized as a handle to its block; deserializing attaches the same word.
 */
final class MappedCell extends MappedHandle implements Cell {

    @Serial
    private static final long serialVersionUID = 2L;

    private final int size;

    private MappedCell(int size, SharedBlock block) {
        super(block);
        this.size = size;
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
        checkLive();
        return size <= 4 ? words.getIntVolatile(VALUE) : words.getLongVolatile(VALUE);
    }

    @Override
    public void store(long bits) {
        checkLive();
        if (size <= 4) {
            words.setIntVolatile(VALUE, (int) bits);
        } else {
            words.setLongVolatile(VALUE, bits);
        }
    }

    @Override
    public boolean compareAndSet(long expected, long bits) {
        checkLive();
        return size <= 4
                ? words.compareAndSetInt(VALUE, (int) expected, (int) bits)
                : words.compareAndSetLong(VALUE, expected, bits);
    }

    @Override
    public long getAndAdd(long delta) {
        checkLive();
        return size <= 4 ? words.getAndAddInt(VALUE, (int) delta) : words.getAndAddLong(VALUE, delta);
    }
}
