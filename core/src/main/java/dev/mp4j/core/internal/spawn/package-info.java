/**
 * Child JVMs: the command line that starts one, the length-framed control channel over a
 * Unix domain socket, and the HMAC handshake that authenticates both ends.
 *
 * <p><b>Not API.</b> Everything here may change without notice.
 */
package dev.mp4j.core.internal.spawn;
