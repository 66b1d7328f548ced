/**
 * Small rules every mp4j module applies the same way, such as how a timeout becomes
 * nanoseconds ({@link dev.mp4j.core.internal.Timeouts}).
 *
 * <p><b>Not API.</b> Everything here may change without notice.
 */
package dev.mp4j.core.internal;
