package dev.mp4j.pool;

import java.io.Serializable;

/**
 * A serializable {@link Runnable}: what {@link ProcessPoolExecutor#execute(RunnableTask)} and
 * {@link ProcessPoolExecutor#submit(RunnableTask)} run, so that it can travel to a child JVM.
 * A lambda given to those methods is one.
 *
 * <pre>{@code
 * String path = "out.txt";
 * executor.execute(() -> Report.write(path));
 * }</pre>
 */
@FunctionalInterface
public interface RunnableTask extends Runnable, Serializable {}
