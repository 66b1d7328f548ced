/**
 * Memory shared between workers of either context: {@link dev.mp4j.shared.Value} and
 * {@link dev.mp4j.shared.Array} with their raw forms {@link dev.mp4j.shared.RawValue} and
 * {@link dev.mp4j.shared.RawArray}, for every typecode of {@link dev.mp4j.shared.Typecode};
 * and the named blocks {@link dev.mp4j.shared.SharedMemory} and
 * {@link dev.mp4j.shared.ShareableList}.
 *
 * <p>As in Python, a {@code Value} or {@code Array} carries a lock and takes it for every
 * access; the raw forms have no lock. Neither makes {@code v.set(v.get() + 1)} atomic: hold
 * {@code getLock()} around it, or use the atomic helpers ({@code incrementAndGet},
 * {@code getAndAdd}, {@code compareAndSet}), which are beyond Python and need no lock.
 *
 * <p>Backings are chosen in {@link dev.mp4j.shared.SharedBackings}: heap memory in the
 * threads context, mapped files in the spawn context, which travel to child JVMs as handles.
 * {@code SharedMemory} and {@code ShareableList} are always mapped files with a user-visible
 * name, owned by the process that created them.
 *
 * <p>Conventions: every shared format has one {@code *Layout} class with a diagram of its
 * bytes; every value of the wrong Java type, out of range, or too long for its slot is an
 * {@link java.lang.IllegalArgumentException} naming the typecode or slot and the limit.
 */
package dev.mp4j.shared;
