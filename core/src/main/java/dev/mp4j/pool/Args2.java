package dev.mp4j.pool;

import java.io.Serializable;

/**
 * The arguments of one call of a {@link Fn2} in {@link Pool#starmap(Fn2, Iterable)}: Python's 2-tuple.
 *
 * <pre>{@code
 * List<Integer> products = pool.starmap((Integer a, Integer b) -> a * b,
 *         List.of(Args2.of(1, 2), Args2.of(3, 4)));   // [2, 12]
 * }</pre>
 */
public record Args2<A, B>(A a, B b) implements Serializable {

    /** The pair {@code (a, b)}. */
    public static <A, B> Args2<A, B> of(A a, B b) {
        return new Args2<>(a, b);
    }
}
