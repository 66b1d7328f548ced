package dev.mp4j.pool;

import java.io.Serializable;

/** A function of two arguments for {@link Pool#starmap(Fn2, Iterable)}; serializable, may throw anything. */
@FunctionalInterface
public interface Fn2<A, B, R> extends Serializable {
    /** Computes the result for one pair of arguments. */
    R apply(A a, B b) throws Exception;
}
