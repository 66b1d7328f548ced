package dev.mp4j.core.internal.spawn;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;

/**
 * The connecting side of every mp4j connection: connect, then answer and deliver the
 * challenge of {@link Handshake}; for child JVMs and pool workers calling their parent back
 * and for the public {@code Client}. Its twin on the accepting side is {@link AuthListener}.
 */
public final class AuthClient {

    private AuthClient() {}

    /**
     * A connection to {@code address}, authenticated with {@code authkey} (null: no handshake,
     * as CPython without an authkey).
     *
     * @throws dev.mp4j.core.AuthenticationError if either side fails the challenge; the
     *     connection is closed
     */
    public static FramedChannel connect(SocketAddress address, byte[] authkey) throws IOException {
        SocketChannel connection = SocketChannel.open(address);
        StartupPhases.mark("connect");
        FramedChannel channel = framed(connection);
        try {
            if (authkey != null) {
                Handshake.client(channel, authkey);
            }
            StartupPhases.mark("handshake");
            return channel;
        } catch (IOException | RuntimeException e) {
            AuthListener.closeQuietly(connection);
            throw e;
        }
    }

    /** {@code connection} framed; a TCP one without Nagle's delay, since every frame is one write. */
    static FramedChannel framed(SocketChannel connection) throws IOException {
        if (connection.getRemoteAddress() instanceof InetSocketAddress) {
            connection.setOption(StandardSocketOptions.TCP_NODELAY, true);
        }
        return new FramedChannel(connection);
    }
}
