/**
 * Memory shared between workers of either context: {@link dev.mp4j.shared.Value} and its raw
 * form {@link dev.mp4j.shared.RawValue} (Array, SharedMemory and ShareableList follow).
 *
 * <p>As in Python, a {@code Value} carries a lock and takes it for every {@code get} and
 * {@code set}; a {@code RawValue} has no lock. Neither makes {@code v.set(v.get() + 1)}
 * atomic: hold {@link dev.mp4j.shared.Value#getLock()} around it, or use the atomic helpers
 * ({@code incrementAndGet}, {@code compareAndSet}), which are beyond Python.
 *
 * <p>Backings are chosen in {@link dev.mp4j.shared.SharedBackings}: an atomic heap cell in the
 * threads context, a word of a mapped file in the spawn context, which travels to child
 * JVMs as a handle.
 */
package dev.mp4j.shared;
