/**
 * The shared-memory substrate: the per-user runtime directory, mapped segment files with
 * their common header, the start-up sweep of files left by dead processes, and the
 * cross-process waiting strategies (Linux futex, portable backoff).
 *
 * <p><b>Not API.</b> Everything here may change without notice; the public families in
 * {@code dev.mp4j.sync}, {@code dev.mp4j.shared} and {@code dev.mp4j.queues} are built on it.
 *
 * <p>Conventions for every class in this package: offsets are byte offsets into a
 * segment's data area, which starts on a 128-byte boundary; every word read by more than
 * one process is accessed through a {@link java.lang.foreign.ValueLayout} var handle with
 * volatile or CAS semantics, never with plain reads.
 */
package dev.mp4j.core.internal.shm;
