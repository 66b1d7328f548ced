package dev.mp4j.shared;

import static dev.mp4j.shared.SharedValueLayout.INT;
import static dev.mp4j.shared.SharedValueLayout.LONG;
import static dev.mp4j.shared.SharedValueLayout.VALUE;

import dev.mp4j.core.internal.shm.Segment;
import java.io.Serial;
import java.lang.foreign.MemorySegment;

/**
 * The spawn-context cell: a word of a mapped segment ({@link SharedValueLayout}). Serialized
 * as its segment name; deserializing maps the same word.
 */
final class MappedCell implements Cell {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    private final int size;
    /** Never read: holding it keeps the mapping alive exactly as long as this object. */
    private final transient Segment segment;
    private final transient MemorySegment line;

    private MappedCell(String name, int size, Segment segment) {
        this.name = name;
        this.size = size;
        this.segment = segment;
        this.line = segment.data();
    }

    static MappedCell create(int size) {
        Segment segment = Segment.create(SharedValueLayout.KIND, SharedValueLayout.VERSION, SharedValueLayout.SIZE);
        return new MappedCell(segment.name(), size, segment);
    }

    @Serial
    private Object readResolve() {
        return new MappedCell(name, size, Segment.attach(name, SharedValueLayout.KIND, SharedValueLayout.VERSION));
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

    @Override
    public String toString() {
        return name;
    }
}
