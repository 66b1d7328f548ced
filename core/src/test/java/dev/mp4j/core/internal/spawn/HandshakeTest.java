package dev.mp4j.core.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.AuthenticationError;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class HandshakeTest {

    @TempDir
    Path dir;

    @Test
    void sameKeyAuthenticatesBothWays() throws Exception {
        byte[] key = Handshake.newAuthkey();
        try (var pair = Pair.open(dir)) {
            CompletableFuture<Void> client = CompletableFuture.runAsync(() -> pair.clientHandshake(key));
            assertDoesNotThrow(() -> Handshake.server(pair.server, key));
            client.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void wrongKeyIsRefusedOnBothSides() throws Exception {
        byte[] key = Handshake.newAuthkey();
        byte[] wrong = Handshake.newAuthkey();
        assertNotEquals(HexFormat.of().formatHex(key), HexFormat.of().formatHex(wrong));
        try (var pair = Pair.open(dir)) {
            CompletableFuture<Void> client = CompletableFuture.runAsync(() -> pair.clientHandshake(wrong));
            assertThrows(AuthenticationError.class, () -> Handshake.server(pair.server, key));
            Exception e = assertThrows(Exception.class, () -> client.get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof AuthenticationError, e.toString());
        }
    }

    /**
     * A peer that has not authenticated cannot make the server allocate: a length header of
     * 2 GiB is refused as soon as it is read, and nothing of that size is awaited.
     */
    @Test
    void anUnauthenticatedPeerCannotAnnounceAHugeMessage() throws Exception {
        byte[] key = Handshake.newAuthkey();
        try (var pair = Pair.open(dir)) {
            CompletableFuture<Void> client = CompletableFuture.runAsync(() -> {
                try {
                    FramedChannel channel = new FramedChannel(pair.clientSocket);
                    channel.recv(); // the server's challenge
                    ByteBuffer header = FramedChannel.header(1L << 31);
                    while (header.hasRemaining()) {
                        pair.clientSocket.write(header);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            AuthenticationError e = assertThrows(AuthenticationError.class, () -> Handshake.server(pair.server, key));
            assertTrue(e.getMessage().contains("2147483648 bytes, over the limit of " + Handshake.MAX_MESSAGE), e.getMessage());
            client.get(10, TimeUnit.SECONDS);
        }
    }

    /**
     * The bytes are CPython 3.12's, and the legacy form of 3.11 is understood both ways: here
     * the peer is driven by hand as a 3.11 client does, answering our {sha256} challenge with
     * a raw HMAC-MD5 and challenging with 20 bare random bytes.
     */
    @Test
    void aLegacyPeerAuthenticatesWithRawHmacMd5() throws Exception {
        byte[] key = "legacy key".getBytes(StandardCharsets.US_ASCII);
        try (var pair = Pair.open(dir)) {
            CompletableFuture<String> legacyClient = CompletableFuture.supplyAsync(() -> {
                try {
                    FramedChannel channel = new FramedChannel(pair.clientSocket);
                    byte[] challenge = channel.recv(256);
                    String text = new String(challenge, StandardCharsets.ISO_8859_1);
                    assertTrue(text.startsWith("#CHALLENGE#{sha256}"), text);
                    assertEquals("#CHALLENGE#{sha256}".length() + 40, challenge.length);
                    byte[] message = Arrays.copyOfRange(challenge, "#CHALLENGE#".length(), challenge.length);
                    channel.send(HmacDigest.MD5.mac(key, message));
                    String verdict = new String(channel.recv(256), StandardCharsets.US_ASCII);
                    byte[] ours = RandomBytes.next(20);
                    channel.send(concat("#CHALLENGE#".getBytes(StandardCharsets.US_ASCII), ours));
                    byte[] answer = channel.recv(256);
                    assertArrayEquals(HmacDigest.MD5.mac(key, ours), answer, "a raw 16-byte HMAC-MD5 without a prefix");
                    channel.send("#WELCOME#".getBytes(StandardCharsets.US_ASCII));
                    return verdict;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Handshake.server(pair.server, key);
            assertEquals("#WELCOME#", legacyClient.get(10, TimeUnit.SECONDS));
        }
    }

    /** An answer that names a digest CPython does not allow is refused with #FAILURE#, not guessed at. */
    @Test
    void anAnswerWithAnUnknownDigestIsRefused() throws Exception {
        byte[] key = Handshake.newAuthkey();
        try (var pair = Pair.open(dir)) {
            CompletableFuture<String> client = CompletableFuture.supplyAsync(() -> {
                try {
                    FramedChannel channel = new FramedChannel(pair.clientSocket);
                    channel.recv(256);
                    channel.send("{sha1}0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII));
                    return new String(channel.recv(256), StandardCharsets.US_ASCII);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            AuthenticationError e = assertThrows(AuthenticationError.class, () -> Handshake.server(pair.server, key));
            assertTrue(e.getMessage().contains("unsupported digest"), e.getMessage());
            assertEquals("#FAILURE#", client.get(10, TimeUnit.SECONDS));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A real child JVM that presents the wrong authkey is refused, and exits with an error. */
    @Test
    void childJvmWithWrongKeyIsRefused() throws Exception {
        Path socket = dir.resolve("c.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            List<String> command = JvmCommand.of(List.of(), "dev.mp4j.core.ChildMain", List.of(socket.toString()));
            java.lang.Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                try (var stdin = child.getOutputStream()) {
                    stdin.write((HexFormat.of().formatHex(Handshake.newAuthkey()) + "\n").getBytes(StandardCharsets.US_ASCII));
                }
                try (SocketChannel connection = server.accept()) {
                    FramedChannel channel = new FramedChannel(connection);
                    assertThrows(AuthenticationError.class, () -> Handshake.server(channel, Handshake.newAuthkey()));
                }
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
                String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertNotEquals(0, child.exitValue());
                assertTrue(output.contains("AuthenticationError"), output);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    private record Pair(ServerSocketChannel listener, FramedChannel server, SocketChannel clientSocket)
            implements AutoCloseable {

        static Pair open(Path dir) throws IOException {
            Path path = dir.resolve("hs.sock");
            ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            listener.bind(UnixDomainSocketAddress.of(path));
            SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(path));
            return new Pair(listener, new FramedChannel(listener.accept()), client);
        }

        void clientHandshake(byte[] key) {
            try {
                Handshake.client(new FramedChannel(clientSocket), key);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            clientSocket.close();
            listener.close();
        }
    }
}
