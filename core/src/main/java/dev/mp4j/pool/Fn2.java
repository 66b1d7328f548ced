package dev.mp4j.pool;

import java.io.Serializable;

/**
 * A function of two arguments for {@link Pool#starmap(Fn2, Iterable)}; serializable, may throw anything.
 *
 * <pre>{@code
 * Fn2<Integer, Integer, Integer> pow = (base, exp) -> (int) Math.pow(base, exp);
 * List<Integer> powers = pool.starmap(pow, List.of(Args2.of(2, 3), Args2.of(3, 2)));   // [8, 9]
 * }</pre>
 */
@FunctionalInterface
public interface Fn2<A, B, R> extends Serializable {
    /** Computes the result for one pair of arguments. */
    R apply(A a, B b) throws Exception;
}
