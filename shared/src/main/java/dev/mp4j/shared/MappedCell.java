package dev.mp4j.shared;

import static dev.mp4j.shared.SharedValueLayout.INT;
import static dev.mp4j.shared.SharedValueLayout.LONG;
import static dev.mp4j.shared.SharedValueLayout.VALUE;

import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.Segment;
import java.io.Serial;
import java.lang.foreign.MemorySegment;

/**
 * The spawn-context cell: a word of a mapped segment ({@link SharedValueLayout}). Serialized
 * as its segment name; deserializing maps the same word.
 */
final class MappedCell extends MappedHandle implements Cell {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int size;
    private final transient MemorySegment line;

    private MappedCell(int size, Segment segment) {
        super(segment);
        this.size = size;
        this.line = segment.data();
    }

    static MappedCell create(int size) {
        Segment segment = Segment.create(SharedValueLayout.KIND, SharedValueLayout.VERSION, SharedValueLayout.SIZE);
        return new MappedCell(size, segment);
    }

    @Override
    protected MappedCell attach(String name) {
        return new MappedCell(size, Segment.attach(name, SharedValueLayout.KIND, SharedValueLayout.VERSION));
    }

    @Override
    public long load() {
        return size <= 4 ? (int) INT.getVolatile(line, VALUE) : (long) LONG.getVolatile(line, VALUE);
    }

    @Override
    public void store(long bits) {
        if (size <= 4) {
            INT.setVolatile(line, VALUE, (int) bits);
        } else {
            LONG.setVolatile(line, VALUE, bits);
        }
    }

    @Override
    public boolean compareAndSet(long expected, long bits) {
        return size <= 4
                ? INT.compareAndSet(line, VALUE, (int) expected, (int) bits)
                : LONG.compareAndSet(line, VALUE, expected, bits);
    }

    @Override
    public long getAndAdd(long delta) {
        return size <= 4 ? (int) INT.getAndAdd(line, VALUE, (int) delta) : (long) LONG.getAndAdd(line, VALUE, delta);
    }
}
