package dev.mp4j.shared.internal;

import dev.mp4j.core.Context;
import dev.mp4j.core.internal.spawn.AotTrainingWork;
import dev.mp4j.shared.Array;
import dev.mp4j.shared.Value;

/**
 * The training of the child JVMs' AOT cache for {@code shared}: the locked read-modify-write
 * of a {@link Value} and the element access of an {@link Array} in the spawn context, often
 * enough for their method profiles to be worth keeping.
 */
public final class SharedTrainingWork implements AotTrainingWork {

    private static final int ROUNDS = 20_000;

    @Override
    public void train() {
        Context spawn = Context.spawn();
        Value<Integer> counter = Value.ofInt(spawn, 0);
        Value<Double> real = Value.of(spawn, 'd', 0.0);
        Array<Integer> ints = Array.of(spawn, 'i', 16);
        for (int i = 0; i < ROUNDS; i++) {
            try (var _ = counter.hold()) {
                counter.set(counter.get() + 1);
            }
            counter.incrementAndGet();
            real.set(real.get() + 0.5);
            ints.set(i & 15, ints.get(i & 15) + 1);
        }
    }
}
