package dev.mp4j.queues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.AuthenticationError;
import dev.mp4j.core.Context;
import dev.mp4j.testing.BackgroundCall;
import dev.mp4j.testing.WorkerCall;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A connection whose peer is a child JVM of the spawn context, over Unix and TCP. */
@Timeout(180)
class ChildJvmConnectionTest {

    private static final byte[] KEY = "child key".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private String address(String kind) {
        return TestAddresses.of(kind, dir);
    }

    /** The child echoes what it receives until the parent closes; 64 MiB included. */
    @ParameterizedTest
    @ValueSource(strings = {"unix", "tcp"})
    void objectsAndBytesMakeTheRoundTrip(String kind) {
        try (Listener listener = new Listener(address(kind), KEY)) {
            String address = listener.address();
            WorkerCall child = WorkerCall.start(Context.spawn(), dir, () -> {
                try (Connection conn = Client.connect(address, KEY)) {
                    conn.send(conn.recv());
                    while (true) {
                        byte[] message;
                        try {
                            message = conn.recvBytes();
                        } catch (EOFError e) {
                            return;
                        }
                        conn.sendBytes(message);
                    }
                }
            });
            try (Connection conn = listener.accept()) {
                conn.send(List.of(1, "two", 3.0));
                assertEquals(List.of(1, "two", 3.0), conn.recv());
                conn.sendBytes("hello".getBytes(StandardCharsets.US_ASCII));
                assertEquals("hello", new String(conn.recvBytes(), StandardCharsets.US_ASCII));
                byte[] big = new byte[64 << 20];
                big[0] = 1;
                big[big.length - 1] = 2;
                BackgroundCall<byte[]> echo = BackgroundCall.start("echo", conn::recvBytes);
                conn.sendBytes(big);
                assertArrayEquals(big, echo.result());
            }
            child.join();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix", "tcp"})
    void eofErrorWhenTheChildClosesItsEnd(String kind) {
        try (Listener listener = new Listener(address(kind), KEY)) {
            String address = listener.address();
            WorkerCall child = WorkerCall.start(Context.spawn(), dir, () -> {
                Connection conn = Client.connect(address, KEY);
                conn.send("bye");
                conn.close();
            });
            try (Connection conn = listener.accept()) {
                assertEquals("bye", conn.recv());
                assertThrows(EOFError.class, conn::recv);
            }
            child.join();
        }
    }

    /** The kernel closes a killed process's sockets: a receive blocked on it ends in EOFError. */
    @ParameterizedTest
    @ValueSource(strings = {"unix", "tcp"})
    void eofErrorWhenTheChildIsKilled(String kind) {
        try (Listener listener = new Listener(address(kind), KEY)) {
            String address = listener.address();
            dev.mp4j.core.Process child = new dev.mp4j.core.Process(Context.spawn(), () -> {
                Connection conn = Client.connect(address, KEY);
                conn.send("ready");
                conn.recv();
            });
            child.start();
            try (Connection conn = listener.accept()) {
                assertEquals("ready", conn.recv());
                BackgroundCall<Object> recv = BackgroundCall.start("recv", conn::recv).awaitBlocked(() -> conn.getQueueLength() == 1);
                child.kill();
                EOFError e = assertThrows(EOFError.class, recv::result);
                assertTrue(e.getMessage().startsWith("the other end of the connection is closed, or its process ended"),
                        e.getMessage());
                assertTrue(conn.poll(Duration.ZERO), "the loss is there to receive");
            } finally {
                child.kill();
                child.join();
            }
            assertEquals(-9, child.exitCode());
        }
    }

    /** A child with another key: AuthenticationError in the child and in the parent's accept. */
    @ParameterizedTest
    @ValueSource(strings = {"unix", "tcp"})
    void aWrongKeyFailsOnBothSides(String kind) {
        try (Listener listener = new Listener(address(kind), KEY)) {
            String address = listener.address();
            WorkerCall child = WorkerCall.start(Context.spawn(), dir, () -> {
                AuthenticationError e = assertThrows(AuthenticationError.class,
                        () -> Client.connect(address, "another key".getBytes(StandardCharsets.US_ASCII)));
                assertTrue(e.getMessage().contains("refused our digest"), e.getMessage());
            });
            assertThrows(AuthenticationError.class, listener::accept);
            child.join();
        }
    }
}
