package dev.mp4j.shared;

import static dev.mp4j.shared.ArrayLayout.CODE;
import static dev.mp4j.shared.ArrayLayout.ELEMENTS;
import static dev.mp4j.shared.ArrayLayout.LENGTH;

import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.Segment;
import java.io.Serial;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The spawn-context array memory: a mapped segment in the {@link ArrayLayout} format,
 * serialized as its name; deserializing maps the same file.
 */
final class MappedArrayMemory extends MappedHandle implements ArrayMemory {

    @Serial
    private static final long serialVersionUID = 1L;

    private final char code;
    private final int length;
    private final transient MemorySegment elements;

    private MappedArrayMemory(Typecode typecode, int length, Segment segment) {
        super(segment);
        this.code = typecode.code();
        this.length = length;
        this.elements = segment.data().asSlice(ELEMENTS, ArrayLayout.elementsSize(typecode, length));
    }

    static MappedArrayMemory create(Typecode typecode, int length) {
        Segment segment = Segment.create(ArrayLayout.KIND, ArrayLayout.VERSION, ArrayLayout.dataSize(typecode, length));
        segment.data().set(ValueLayout.JAVA_LONG, LENGTH, length);
        segment.data().set(ValueLayout.JAVA_INT, CODE, typecode.code());
        return new MappedArrayMemory(typecode, length, segment);
    }

    @Override
    protected MappedArrayMemory attach(String name) {
        Segment attached = Segment.attach(name, ArrayLayout.KIND, ArrayLayout.VERSION);
        long foundLength = attached.data().get(ValueLayout.JAVA_LONG, LENGTH);
        int foundCode = attached.data().get(ValueLayout.JAVA_INT, CODE);
        if (foundLength != length || foundCode != code) {
            attached.close();
            throw new IllegalStateException("mp4j array " + name + " holds " + foundLength + " of '"
                    + (char) foundCode + "', the handle says " + length + " of '" + code + "'");
        }
        return new MappedArrayMemory(Typecode.of(code), length, attached);
    }

    @Override
    public MemorySegment elements() {
        return elements;
    }
}
