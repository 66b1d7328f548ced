package dev.mp4j.pool;

import java.io.Serializable;

/** A function of three arguments for {@link Pool#starmap(Fn3, Iterable)}; serializable, may throw anything. */
@FunctionalInterface
public interface Fn3<A, B, C, R> extends Serializable {
    /** Computes the result for one triple of arguments. */
    R apply(A a, B b, C c) throws Exception;
}
