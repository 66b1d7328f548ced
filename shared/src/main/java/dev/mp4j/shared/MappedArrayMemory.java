package dev.mp4j.shared;

import static dev.mp4j.shared.ArrayLayout.CODE;
import static dev.mp4j.shared.ArrayLayout.ELEMENTS;
import static dev.mp4j.shared.ArrayLayout.LENGTH;

import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.SharedBlock;
import dev.mp4j.core.internal.shm.SharedWords;
import java.io.Serial;

/**
 * The spawn-context array memory: a block of shared memory in the {@link ArrayLayout}
 * format, serialized as a handle to its block; deserializing attaches the same block.
 */
final class MappedArrayMemory extends MappedHandle implements SegmentArrayMemory {

    @Serial
    private static final long serialVersionUID = 2L;

    private final char code;
    private final int length;
    private final transient SharedWords elements;
    private final transient int elementSize;

    private MappedArrayMemory(Typecode typecode, int length, SharedBlock block) {
        super(block);
        this.code = typecode.code();
        this.length = length;
        this.elements = words.slice(ELEMENTS, ArrayLayout.elementsSize(typecode, length));
        this.elementSize = typecode.size();
    }

    static MappedArrayMemory create(Typecode typecode, int length) {
        SharedBlock block = SharedBlock.allocate(ArrayLayout.KIND, ArrayLayout.size(typecode, length));
        block.words().setLongVolatile(LENGTH, length);
        block.words().setIntVolatile(CODE, typecode.code());
        return new MappedArrayMemory(typecode, length, block);
    }

    @Override
    protected String kind() {
        return ArrayLayout.KIND;
    }

    @Override
    protected MappedArrayMemory attach(SharedBlock block) {
        long foundLength = block.words().getLongVolatile(LENGTH);
        int foundCode = block.words().getIntVolatile(CODE);
        if (foundLength != length || foundCode != code) {
            throw new IllegalStateException("mp4j array " + block + " holds " + foundLength + " of '"
                    + (char) foundCode + "', the handle says " + length + " of '" + code + "'");
        }
        return new MappedArrayMemory(Typecode.of(code), length, block);
    }

    @Override
    public int elementSize() {
        return elementSize;
    }

    @Override
    public SharedWords elements() {
        checkLive();
        return elements;
    }
}
