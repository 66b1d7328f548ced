package dev.mp4j.shared;

import dev.mp4j.core.internal.serial.NotTransferableException;
import dev.mp4j.shared.spi.Cell;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads-context cell: an {@link AtomicLong}. Types of 4 bytes or less keep their bits
 * as a sign-extended int, as the 4-byte word of a {@link MappedCell} does, and wrap at 32 bits.
 */
final class HeapCell implements Cell {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient AtomicLong bits = new AtomicLong();
    private final transient boolean narrow;

    HeapCell(int size) {
        this.narrow = size <= 4;
    }

    @Override
    public long load() {
        return bits.get();
    }

    @Override
    public void store(long value) {
        bits.set(narrow ? (int) value : value);
    }

    @Override
    public boolean compareAndSet(long expected, long value) {
        return narrow
                ? bits.compareAndSet((int) expected, (int) value)
                : bits.compareAndSet(expected, value);
    }

    @Override
    public long getAndAdd(long delta) {
        return narrow ? bits.getAndUpdate(v -> (int) (v + delta)) : bits.getAndAdd(delta);
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws NotTransferableException {
        throw NotTransferableException.threadsContext(Value.class);
    }
}
