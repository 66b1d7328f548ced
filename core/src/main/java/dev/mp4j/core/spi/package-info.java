/**
 * The seam of a third kind of context: an {@link dev.mp4j.core.spi.Engine} runs the work of
 * a {@link dev.mp4j.core.Context} of kind {@code CLUSTER} on machines of its own (mp4j's
 * cluster module implements it on Apache Ignite). <b>For context engines, not for
 * applications</b>: an application reaches an engine through the module that provides it
 * ({@code dev.mp4j.cluster.ClusterContext}), never through this package.
 */
package dev.mp4j.core.spi;
