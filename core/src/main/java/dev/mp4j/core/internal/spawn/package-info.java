/**
 * Child JVMs and connections: the command line that starts a child JVM, and the one
 * connection layer under both the control channel to child JVMs and pool workers and the
 * public {@code Listener}/{@code Client}: CPython's framing ({@link
 * dev.mp4j.core.internal.spawn.FramedChannel}), CPython's HMAC handshake that authenticates
 * both ends ({@link dev.mp4j.core.internal.spawn.Handshake}), and bind/accept/connect with
 * that handshake ({@link dev.mp4j.core.internal.spawn.AuthListener}, {@link
 * dev.mp4j.core.internal.spawn.AuthClient}).
 *
 * <p><b>Not API.</b> Everything here may change without notice.
 */
package dev.mp4j.core.internal.spawn;
