package dev.mp4j.core.internal.spawn;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accepting side of a control socket: accept plus the challenge, in one place for every
 * child JVM and pool worker. A connection that fails the handshake (a wrong key, a stranger
 * that sends nothing, a malformed message) is dropped, and the listener keeps accepting
 * until the real peer authenticates or the socket is closed: one same-user process that
 * connects first can no longer kill the child it raced. Each handshake runs in a virtual
 * thread of its own, so a silent stranger holds up nobody.
 */
public final class ControlListener {

    private ControlListener() {}

    /**
     * The first connection to {@code server} that authenticates with {@code authkey}. The
     * server is closed on return, and so is every other connection.
     *
     * @throws ClosedChannelException if the server was closed (its child ended) before any
     *     connection authenticated
     */
    public static FramedChannel acceptAuthenticated(ServerSocketChannel server, byte[] authkey) throws IOException {
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
                Thread.ofVirtual().name("mp4j-handshake").start(() -> {
                    FramedChannel channel = new FramedChannel(connection);
                    try {
                        Handshake.server(channel, authkey);
                        if (winner.complete(channel)) {
                            pending.remove(connection);
                            closeQuietly(server);
                            return;
                        }
                    } catch (IOException | RuntimeException e) {
                        // Not our peer: drop it and keep listening.
                    }
                    pending.remove(connection);
                    closeQuietly(connection);
                });
            }
            return winner.join();
        } finally {
            closeQuietly(server);
            for (SocketChannel other : pending) {
                closeQuietly(other);
            }
        }
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing: nothing to do
        }
    }
}
