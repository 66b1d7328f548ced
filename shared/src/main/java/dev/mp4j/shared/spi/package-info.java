/**
 * The storage of a shared value, for a context engine that provides its own (the cluster
 * module's, on Apache Ignite). <b>For context engines, not for applications.</b> An engine
 * gives its {@link dev.mp4j.shared.spi.SharedEngine} through
 * {@link dev.mp4j.core.spi.Engine#family(Class)}.
 */
package dev.mp4j.shared.spi;
