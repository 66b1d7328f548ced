package dev.mp4j.shared;

import dev.mp4j.core.internal.serial.NotTransferableException;
import java.io.ObjectOutputStream;
import java.io.Serial;
import dev.mp4j.core.internal.shm.SharedWords;
import java.lang.foreign.MemorySegment;

/** The threads-context array memory: a segment over a {@code long[]}, so 8-byte aligned. */
final class HeapArrayMemory implements SegmentArrayMemory {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient SharedWords elements;
    private final transient int elementSize;

    /** Memory for {@code length} elements of {@code typecode}, rounded up to 8 bytes as {@link ArrayLayout} does. */
    HeapArrayMemory(Typecode typecode, int length) {
        long bytes = (long) length * typecode.size();
        this.elements = new SharedWords(MemorySegment.ofArray(new long[Math.toIntExact((bytes + 7) / 8)]));
        this.elementSize = typecode.size();
    }

    @Override
    public int elementSize() {
        return elementSize;
    }

    @Override
    public SharedWords elements() {
        return elements;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws NotTransferableException {
        throw NotTransferableException.threadsContext(Array.class);
    }
}
