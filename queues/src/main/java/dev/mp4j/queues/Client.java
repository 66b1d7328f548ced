package dev.mp4j.queues;

import dev.mp4j.core.AuthenticationError;
import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.spawn.AuthClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketAddress;
import java.nio.channels.ClosedByInterruptException;

/**
 * Connects to a {@link Listener}, as Python's {@code multiprocessing.connection.Client}: to
 * an mp4j {@code Listener} or a Python {@code multiprocessing.connection.Listener}, over a
 * Unix domain socket (a path) or TCP ({@code host:port}), authenticated both ways with the
 * shared authkey.
 *
 * <pre>{@code
 * try (Connection conn = Client.connect("localhost:6000", "secret password".getBytes(US_ASCII))) {
 *     conn.send("hello");
 *     System.out.println(conn.recv());
 * }
 * }</pre>
 *
 * <p>The handshake is the listener's ({@link Listener}, "Wire"): the client answers the
 * listener's challenge first, then challenges it. Connecting blocks until the handshake is
 * done; an interrupt while blocked closes the socket and throws
 * {@link InterruptedError}.
 *
 * @see Listener
 * @see Connection
 */
public final class Client {

    private Client() {}

    /**
     * A connection to the listener at {@code address} ({@code host:port}, or a socket path).
     *
     * @param authkey the key both ends share, or null for no authentication
     * @throws AuthenticationError if the listener refuses our answer (another key), or fails
     *     our challenge; the connection is closed
     * @throws IllegalArgumentException if {@code address} is malformed
     * @throws UncheckedIOException if nothing listens there
     */
    public static Connection connect(String address, byte[] authkey) {
        return connect(ConnectionAddress.parse(address), authkey);
    }

    /**
     * A connection to the listener at {@code address}, a
     * {@link java.net.UnixDomainSocketAddress} or a resolved {@link java.net.InetSocketAddress}.
     *
     * @param authkey the key both ends share, or null for no authentication
     * @throws AuthenticationError if the listener refuses our answer (another key), or fails
     *     our challenge; the connection is closed
     * @throws UncheckedIOException if nothing listens there
     */
    public static Connection connect(SocketAddress address, byte[] authkey) {
        ConnectionAddress.check(address);
        try {
            return new Connection(new SocketConnectionBacking(AuthClient.connect(address, authkey)));
        } catch (ClosedByInterruptException e) {
            InterruptedError error = new InterruptedError(new InterruptedException("interrupted while connecting"));
            error.addSuppressed(e);
            throw error;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to " + ConnectionAddress.format(address) + ": " + e.getMessage(), e);
        }
    }
}
