package dev.mp4j.pool;

import java.io.Serializable;

/**
 * The arguments of one call of a {@link Fn3} in {@link Pool#starmap(Fn3, Iterable)}: Python's 3-tuple.
 *
 * <pre>{@code
 * List<Integer> sums = pool.starmap((Integer a, Integer b, Integer c) -> a + b + c,
 *         List.of(Args3.of(1, 2, 3), Args3.of(4, 5, 6)));   // [6, 15]
 * }</pre>
 */
public record Args3<A, B, C>(A a, B b, C c) implements Serializable {

    /** The triple {@code (a, b, c)}. */
    public static <A, B, C> Args3<A, B, C> of(A a, B b, C c) {
        return new Args3<>(a, b, c);
    }
}
