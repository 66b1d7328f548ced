/**
 * The race-condition curriculum: jcstress tests that show, one idea per lesson, what goes
 * wrong when processes or threads share a {@link dev.mp4j.shared.Value} or wait for each
 * other without thinking, and how each fix (a lock, an atomic step, an
 * {@link dev.mp4j.sync.Event}, a {@link dev.mp4j.sync.Semaphore}, a
 * {@link dev.mp4j.sync.Barrier}) removes the bad outcome.
 *
 * <p>Each lesson's header says how to run it and shows a result table from a real run. In a
 * table, {@code ACCEPTABLE_INTERESTING} marks the race worth seeing; {@code FORBIDDEN} marks
 * an outcome the fix must never let through (jcstress fails the run if it appears).
 *
 * <p>The lessons use the threads context: jcstress creates millions of state objects, and a
 * spawn-context value is a mapped file each. The races are the same in both contexts,
 * because {@code get()} and {@code set()} are separate steps in both.
 *
 * <p>Lessons: 1 unsynchronized counter, 2 hold the lock, 3 incrementAndGet, 4
 * check-then-act, 5 lost wake-up (flag versus Event), 6 a Semaphore guarding a pool, 7 a
 * Barrier-phased computation.
 */
package dev.mp4j.shared.lessons;
