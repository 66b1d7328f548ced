package dev.mp4j.pool;

import java.io.Serializable;

/**
 * A function of three arguments for {@link Pool#starmap(Fn3, Iterable)}; serializable, may throw anything.
 *
 * <pre>{@code
 * Fn3<String, Integer, Integer, String> cut = String::substring;
 * List<String> parts = pool.starmap(cut, List.of(Args3.of("spawn", 0, 3)));   // ["spa"]
 * }</pre>
 */
@FunctionalInterface
public interface Fn3<A, B, C, R> extends Serializable {
    /** Computes the result for one triple of arguments. */
    R apply(A a, B b, C c) throws Exception;
}
