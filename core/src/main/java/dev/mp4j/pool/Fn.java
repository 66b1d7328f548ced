package dev.mp4j.pool;

import java.io.Serializable;

/**
 * A function of one argument that a {@link Pool} maps over items: serializable, so that it
 * can travel to a child JVM, and free to throw anything, checked exceptions included.
 *
 * <pre>{@code
 * Fn<Path, Long> size = Files::size;                  // throws IOException: allowed
 * List<Long> sizes = pool.map(size, List.of(Path.of("a.txt"), Path.of("b.txt")));
 * }</pre>
 */
@FunctionalInterface
public interface Fn<T, R> extends Serializable {
    /** Computes the result for {@code item}. */
    R apply(T item) throws Exception;
}
