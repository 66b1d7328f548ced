/**
 * The backing of the queues, for a context engine that provides its own (the cluster
 * module's, on Apache Ignite). <b>For context engines, not for applications.</b> An engine
 * gives its {@link dev.mp4j.queues.spi.QueueEngine} through
 * {@link dev.mp4j.core.spi.Engine#family(Class)}.
 */
package dev.mp4j.queues.spi;
