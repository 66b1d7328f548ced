package dev.mp4j.queues;

import dev.mp4j.core.AuthenticationError;
import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.spawn.AuthListener;
import dev.mp4j.core.internal.spawn.FramedChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketAddress;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;

/**
 * A socket that accepts {@link Connection}s, as Python's
 * {@code multiprocessing.connection.Listener}, on a Unix domain socket (a path) or TCP
 * ({@code host:port}). With an authkey, each connection is authenticated both ways before
 * {@link #accept()} returns it, with CPython's HMAC challenge: its peer may be an mp4j
 * {@link Client} or a Python {@code multiprocessing.connection.Client}.
 *
 * <pre>{@code
 * byte[] key = "secret password".getBytes(US_ASCII);
 * try (Listener listener = new Listener("localhost:6000", key);
 *      Connection conn = listener.accept()) {
 *     System.out.println("connection accepted from " + listener.lastAccepted());
 *     conn.send("welcome");
 * }
 * }</pre>
 *
 * <p><b>Wire.</b> CPython's own framing and handshake: a 4-byte big-endian length per
 * message (-1 and an 8-byte length past 2 GiB), and the challenge of CPython 3.12
 * ({@code #CHALLENGE#{sha256}...}, answered with a {@code {sha256}}-prefixed HMAC, then the
 * roles swap). A CPython 3.11 peer's legacy HMAC-MD5 answer is accepted, as CPython 3.12
 * accepts it. No message longer than 256 bytes is read before the peer has authenticated.
 * With a null authkey there is no handshake (Python's {@code authkey=None}): then anyone who
 * can connect can make {@link Connection#recv()} deserialize what they send.
 *
 * <p><b>Blocking.</b> {@link #accept()} blocks until a peer connects and the handshake is
 * done, without limit (as Python's). An interrupt while it waits for a peer closes the
 * listener (the JDK's channels close on interrupt) and throws {@link InterruptedError}.
 * Thread-safe.
 *
 * <p><b>Across processes.</b> The socket's file (for a path) is this JVM's: it is removed
 * when the listener closes, or when the JVM exits. A peer that fails the challenge gets
 * {@link AuthenticationError}, and so does this side's {@code accept()}; the listener stays
 * open for the next peer.
 *
 * @see Client
 * @see Connection
 */
public final class Listener implements AutoCloseable {

    private final AuthListener listener;
    private final byte[] authkey;
    private volatile String lastAccepted;

    /**
     * Listens on {@code address}: {@code host:port} for TCP (port 0 picks a free one, see
     * {@link #address()}), anything else the path of a Unix domain socket, which must not
     * exist yet.
     *
     * @param authkey the key both ends share, or null for no authentication
     * @throws IllegalArgumentException if {@code address} is malformed
     * @throws UncheckedIOException if the address cannot be bound (in use, no such directory)
     */
    public Listener(String address, byte[] authkey) {
        this(ConnectionAddress.parse(address), authkey);
    }

    /**
     * Listens on {@code address}, a {@link java.net.UnixDomainSocketAddress} or a resolved
     * {@link java.net.InetSocketAddress}.
     *
     * @param authkey the key both ends share, or null for no authentication
     * @throws IllegalArgumentException if {@code address} is of another kind, or unresolved
     * @throws UncheckedIOException if the address cannot be bound (in use, no such directory)
     */
    public Listener(SocketAddress address, byte[] authkey) {
        ConnectionAddress.check(address);
        this.authkey = authkey == null ? null : authkey.clone();
        try {
            this.listener = AuthListener.bind(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + ConnectionAddress.format(address) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The next connection, once its peer has authenticated (with an authkey).
     *
     * @throws AuthenticationError if the peer fails the challenge, or refuses ours; its
     *     connection is closed and this listener goes on
     * @throws InterruptedError if interrupted while waiting for a peer (the listener is
     *     closed, the interrupt flag stays set)
     * @throws IllegalStateException if the listener is closed, before or during the wait
     */
    public Connection accept() {
        try {
            FramedChannel channel = listener.accept(authkey);
            lastAccepted = ConnectionAddress.format(channel.remoteAddress());
            return new Connection(new SocketConnectionBacking(channel));
        } catch (ClosedByInterruptException e) {
            InterruptedError error = new InterruptedError(new InterruptedException("interrupted in accept"));
            error.addSuppressed(e);
            throw error;
        } catch (ClosedChannelException e) {
            throw new IllegalStateException("the listener is closed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("accept on " + address() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Where this listener listens, in the form the constructor takes ({@code host:port} with
     * the port it got for port 0, or the socket's path): what a {@link Client} connects to.
     */
    public String address() {
        return ConnectionAddress.format(listener.address());
    }

    /** The address of the peer last accepted (Python's {@code last_accepted}), or null before. */
    public String lastAccepted() {
        return lastAccepted;
    }

    /** Stops listening and removes the socket's file; connections already accepted stay open. Idempotent. */
    @Override
    public void close() {
        listener.close();
    }
}
