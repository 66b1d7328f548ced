package dev.mp4j.core.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.AuthenticationError;
import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.internal.shm.FileNames;
import dev.mp4j.core.internal.shm.RuntimeDirectory;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Strangers on a control socket are dropped; the real peer still gets through. */
@Timeout(120)
class AuthListenerTest {

    @TempDir
    Path dir;

    @Test
    void aWrongKeyAndASilentStrangerDoNotKeepTheRealPeerOut() throws Exception {
        byte[] key = Handshake.newAuthkey();
        Path path = dir.resolve("control.sock");
        try (AuthListener server = AuthListener.bind(UnixDomainSocketAddress.of(path), 1)) {
            CompletableFuture<FramedChannel> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.acceptAuthenticated(key);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (SocketChannel silent = SocketChannel.open(UnixDomainSocketAddress.of(path));
                 SocketChannel wrong = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
                assertThrows(AuthenticationError.class,
                        () -> Handshake.client(new FramedChannel(wrong), Handshake.newAuthkey()));
                try (SocketChannel real = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
                    FramedChannel client = new FramedChannel(real);
                    Handshake.client(client, key);
                    FramedChannel serverSide = accepted.get(10, TimeUnit.SECONDS);
                    serverSide.send(new byte[] {42});
                    assertArrayEquals(new byte[] {42}, client.recv());
                    serverSide.close();
                }
                assertEquals(-1, readToEnd(silent), "the silent stranger's connection was closed");
            }
            assertTrue(Files.notExists(path), "the listener closed its socket and removed its file once the peer authenticated");
        }
    }

    @Test
    void aServerClosedBeforeAnyoneAuthenticatesEndsTheWait() throws Exception {
        Path path = dir.resolve("closed.sock");
        AuthListener server = AuthListener.bind(UnixDomainSocketAddress.of(path), 1);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                server.acceptAuthenticated(Handshake.newAuthkey());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        server.close();
        Exception e = assertThrows(Exception.class, () -> waiting.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getCause() instanceof ClosedChannelException, e.toString());
    }

    /**
     * A same-user process that connects to every new control socket with a wrong key, before
     * the child JVM can, used to get the child destroyed; now the child starts and ends normally.
     */
    @Test
    void aChildJvmStartsDespiteWrongKeyConnectionsToItsSocket() throws Exception {
        Set<Path> before = sockets();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger intrusions = new AtomicInteger();
        Thread intruder = Thread.ofPlatform().start(() -> {
            Set<Path> tried = new HashSet<>(before);
            while (!stop.get()) {
                for (Path socket : sockets()) {
                    if (tried.add(socket)) {
                        try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                            Handshake.client(new FramedChannel(c), Handshake.newAuthkey());
                        } catch (IOException | RuntimeException e) {
                            intrusions.incrementAndGet();
                        }
                    }
                }
                Thread.onSpinWait();
            }
        });
        try {
            Process p = new Process(Context.spawn(), () -> Process.exit(7));
            p.start();
            p.join();
            assertEquals(7, p.exitCode(), "the child ran its target");
        } finally {
            stop.set(true);
            intruder.join();
        }
        assertTrue(intrusions.get() >= 1, "the intruder reached the socket first");
    }

    private static int readToEnd(SocketChannel c) throws IOException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(64 * 1024);
        int n;
        while ((n = c.read(b)) >= 0) {
            b.clear();
        }
        return n;
    }

    private static final long ME = ProcessHandle.current().pid();

    private static Set<Path> sockets() {
        try (Stream<Path> files = Files.list(RuntimeDirectory.path())) {
            // Only this JVM's sockets: other mp4j programs of the user may be running.
            return new HashSet<>(files.filter(f -> f.getFileName().toString().endsWith(".sock")
                    && FileNames.creatorOf(f.getFileName().toString()).map(c -> c.pid() == ME).orElse(false)).toList());
        } catch (IOException e) {
            return Set.of();
        }
    }
}
