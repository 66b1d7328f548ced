/**
 * The race-condition curriculum: jcstress tests that show, one idea per lesson, what goes
 * wrong when processes or threads share a {@link dev.mp4j.shared.Value} without thinking,
 * and how each fix removes the bad outcome.
 *
 * <p>Each lesson's header says how to run it and shows a result table from a real run. In a
 * table, {@code ACCEPTABLE_INTERESTING} marks the race worth seeing; {@code FORBIDDEN} marks
 * an outcome the fix must never let through (jcstress fails the run if it appears).
 *
 * <p>The lessons use the threads context: jcstress creates millions of state objects, and a
 * spawn-context value is a mapped file each. The races are the same in both contexts,
 * because {@code get()} and {@code set()} are separate steps in both.
 */
package dev.mp4j.shared.lessons;
