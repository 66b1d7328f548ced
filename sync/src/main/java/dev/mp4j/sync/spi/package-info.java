/**
 * The backings of the sync primitives, for a context engine that provides its own (the
 * cluster module's, on Apache Ignite): a primitive is a thin public class over one of these,
 * picked by its context. <b>For context engines, not for applications.</b> An engine gives
 * its {@link dev.mp4j.sync.spi.SyncEngine} through
 * {@link dev.mp4j.core.spi.Engine#family(Class)}.
 */
package dev.mp4j.sync.spi;
