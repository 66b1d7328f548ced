package dev.mp4j.shared;

import dev.mp4j.core.Context;
import dev.mp4j.core.spi.Engine;

/**
 * The one place where {@code shared} turns a {@link Context} into backings: a new kind of
 * context adds its cases here and the public classes stay as they are.
 */
final class SharedBackings {

    private SharedBackings() {}

    static Cell cell(Context context, Typecode typecode) {
        return switch (context.kind()) {
            case THREADS -> new HeapCell(typecode.size());
            case SPAWN -> MappedCell.create(typecode.size());
            case CLUSTER -> throw Engine.unsupported("a Value");
        };
    }

    static ArrayMemory arrayMemory(Context context, Typecode typecode, int length) {
        return switch (context.kind()) {
            case THREADS -> new HeapArrayMemory((long) length * typecode.size());
            case SPAWN -> MappedArrayMemory.create(typecode, length);
            case CLUSTER -> throw Engine.unsupported("an Array");
        };
    }
}
