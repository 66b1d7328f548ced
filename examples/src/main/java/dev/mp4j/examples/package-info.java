/**
 * Runnable ports of the seed examples: each shows one piece of Python's
 * {@code multiprocessing} as mp4j writes it, and runs under both contexts.
 *
 * <p>Run them from the executable jar (it needs a Java 25 {@code java}):
 * <pre>
 * java -jar mp4j-examples.jar                                  # a short tour
 * java -jar mp4j-examples.jar list                             # every example, one line each
 * java -jar mp4j-examples.jar value-race --context=spawn 100000
 * </pre>
 *
 * <p>Each example is one class implementing {@link dev.mp4j.examples.Example}, registered
 * in {@link dev.mp4j.examples.Examples}; its header comment names the seed it ports. A
 * worker's target is a lambda over static methods and serializable values only, so the
 * same code runs on a thread or in a child JVM.
 */
package dev.mp4j.examples;
