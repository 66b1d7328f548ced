package dev.mp4j.shared;

import dev.mp4j.core.Context;
import dev.mp4j.core.spi.Engine;
import dev.mp4j.shared.spi.Cell;
import dev.mp4j.shared.spi.SharedEngine;

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
            case CLUSTER -> engine(context, "a Value").cell(typecode.size());
        };
    }

    static ArrayMemory arrayMemory(Context context, Typecode typecode, int length) {
        return switch (context.kind()) {
            case THREADS -> new HeapArrayMemory(typecode, length);
            case SPAWN -> MappedArrayMemory.create(typecode, length);
            case CLUSTER -> new EngineArrayMemory(engine(context, "an Array").cells(typecode.size(), length));
        };
    }

    private static SharedEngine engine(Context context, String what) {
        SharedEngine engine = context.engine().family(SharedEngine.class);
        if (engine == null) {
            throw Engine.unsupported(what);
        }
        return engine;
    }
}
