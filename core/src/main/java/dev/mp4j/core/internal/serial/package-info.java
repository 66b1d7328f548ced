/**
 * How objects cross a JVM boundary: Java serialization with an {@link java.io.ObjectInputFilter},
 * done in the caller's thread, and a diagnosis that names the field that broke it.
 *
 * <p><b>Not API.</b> Everything here may change without notice.
 */
package dev.mp4j.core.internal.serial;
