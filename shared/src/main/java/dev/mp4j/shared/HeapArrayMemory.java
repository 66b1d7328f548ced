package dev.mp4j.shared;

import dev.mp4j.core.internal.serial.NotTransferableException;
import java.io.ObjectOutputStream;
import java.io.Serial;
import dev.mp4j.core.internal.shm.SharedWords;
import java.lang.foreign.MemorySegment;

/** The threads-context array memory: a segment over a {@code long[]}, so 8-byte aligned. */
final class HeapArrayMemory implements ArrayMemory {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient SharedWords elements;

    /** Memory for {@code bytes} bytes of elements, rounded up to 8 as {@link ArrayLayout} does. */
    HeapArrayMemory(long bytes) {
        this.elements = new SharedWords(MemorySegment.ofArray(new long[Math.toIntExact((bytes + 7) / 8)]));
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
