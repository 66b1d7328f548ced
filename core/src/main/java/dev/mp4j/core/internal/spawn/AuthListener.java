package dev.mp4j.core.internal.spawn;

import dev.mp4j.core.internal.shm.FileNames;
import dev.mp4j.core.internal.shm.OwnedFiles;
import dev.mp4j.core.internal.shm.RuntimeDirectory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channel;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accepting side of every mp4j connection: bind, accept, and the challenge of
 * {@link Handshake}, in one place for the control sockets of child JVMs and pool workers and
 * for the public {@code Listener}. Its twin on the connecting side is {@link AuthClient}.
 *
 * <p>A listener on a Unix domain socket owns the socket's file: it is removed when the
 * listener closes, or at the latest when this JVM exits (as CPython's {@code Listener}
 * unlinks its socket). Thread-safe; {@link #close()} may be called from any thread and makes
 * a blocked accept fail with {@link ClosedChannelException}.
 */
public final class AuthListener implements AutoCloseable {

    private final ServerSocketChannel server;
    private final SocketAddress address;
    /** The socket's file, for a Unix domain socket; else null. */
    private final Path file;

    private AuthListener(ServerSocketChannel server, SocketAddress address, Path file) {
        this.server = server;
        this.address = address;
        this.file = file;
    }

    /**
     * Listens on {@code address}: a {@link UnixDomainSocketAddress} (whose file must not exist
     * yet) or an {@link InetSocketAddress} (port 0: a free port, see {@link #address()}).
     */
    public static AuthListener bind(SocketAddress address, int backlog) throws IOException {
        ServerSocketChannel server = address instanceof UnixDomainSocketAddress
                ? ServerSocketChannel.open(StandardProtocolFamily.UNIX) : ServerSocketChannel.open();
        try {
            if (!(address instanceof UnixDomainSocketAddress)) {
                server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            }
            server.bind(address, backlog);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        Path file = address instanceof UnixDomainSocketAddress unix ? unix.getPath() : null;
        if (file != null) {
            OwnedFiles.add(file);
        }
        return new AuthListener(server, server.getLocalAddress(), file);
    }

    /**
     * Listens on a fresh Unix domain socket in the runtime directory, for one child JVM or
     * pool worker to connect back to.
     */
    public static AuthListener control() throws IOException {
        Path file = RuntimeDirectory.path().resolve(FileNames.next("sock"));
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        // Recorded before the bind, so that no exit leaves the file behind.
        OwnedFiles.add(file);
        try {
            server.bind(UnixDomainSocketAddress.of(file));
        } catch (IOException | RuntimeException e) {
            server.close();
            OwnedFiles.remove(file);
            throw e;
        }
        return new AuthListener(server, UnixDomainSocketAddress.of(file), file);
    }

    /** Where this listener listens (for a TCP port 0, the port it got). */
    public SocketAddress address() {
        return address;
    }

    /**
     * The next connection, once it has authenticated with {@code authkey} (null: no
     * handshake, as CPython without an authkey).
     *
     * @throws dev.mp4j.core.AuthenticationError if the peer fails the challenge; its
     *     connection is closed, and this listener goes on listening
     * @throws ClosedChannelException if this listener was closed
     */
    public FramedChannel accept(byte[] authkey) throws IOException {
        SocketChannel connection = server.accept();
        return authenticate(connection, authkey);
    }

    /**
     * The first connection that authenticates with {@code authkey}, for a control socket that
     * expects one peer. A connection that fails the handshake (a wrong key, a stranger that
     * sends nothing, a malformed message) is dropped, and the listener keeps accepting until
     * the real peer authenticates or the listener is closed: one same-user process that
     * connects first cannot kill the child it raced. Each handshake runs in a daemon thread
     * of its own, so a silent stranger holds up nobody. Not a virtual thread: the JDK puts a
     * socket that a virtual thread reads into non-blocking mode for good, and then every
     * blocking read of the channel's later reader costs two more system calls (a read that
     * finds nothing, and a poll). The listener is closed on return, and so is every other
     * connection.
     *
     * @throws ClosedChannelException if the listener was closed (its child ended) before any
     *     connection authenticated
     */
    public FramedChannel acceptAuthenticated(byte[] authkey) throws IOException {
        CompletableFuture<FramedChannel> winner = new CompletableFuture<>();
        Set<SocketChannel> pending = ConcurrentHashMap.newKeySet();
        try {
            while (!winner.isDone()) {
                SocketChannel connection;
                try {
                    connection = server.accept();
                } catch (ClosedChannelException e) {
                    if (winner.isDone()) {
                        break;
                    }
                    throw e;
                }
                pending.add(connection);
                Thread.ofPlatform().daemon().name("mp4j-handshake").start(() -> {
                    try {
                        if (winner.complete(authenticate(connection, authkey))) {
                            pending.remove(connection);
                            close();
                            return;
                        }
                    } catch (IOException | RuntimeException e) {
                        // Not our peer: dropped, and we keep listening.
                    }
                    pending.remove(connection);
                    closeQuietly(connection);
                });
            }
            return winner.join();
        } finally {
            close();
            for (SocketChannel other : pending) {
                closeQuietly(other);
            }
        }
    }

    private static FramedChannel authenticate(SocketChannel connection, byte[] authkey) throws IOException {
        FramedChannel channel = AuthClient.framed(connection);
        try {
            if (authkey != null) {
                Handshake.server(channel, authkey);
            }
            return channel;
        } catch (IOException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Stops listening and removes the socket's file. Idempotent. */
    @Override
    public void close() {
        closeQuietly(server);
        if (file != null) {
            OwnedFiles.remove(file);
        }
    }

    static void closeQuietly(Channel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing: nothing to do
        }
    }
}
