package dev.mp4j.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.AuthenticationError;
import dev.mp4j.testing.BackgroundCall;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(120)
class ListenerTest {

    private static final byte[] KEY = "right".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WRONG = "wrong".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private String address(String kind) {
        return TestAddresses.of(kind, dir);
    }

    /** Both sides learn of the wrong key, neither hangs, and the listener takes the next peer. */
    @ParameterizedTest
    @ValueSource(strings = {"unix", "tcp"})
    void aWrongKeyIsAnAuthenticationErrorOnBothSides(String kind) {
        try (Listener listener = new Listener(address(kind), KEY)) {
            BackgroundCall<Connection> accept = BackgroundCall.start("accept", listener::accept);
            AuthenticationError client = assertThrows(AuthenticationError.class, () -> Client.connect(listener.address(), WRONG));
            assertTrue(client.getMessage().contains("refused our digest"), client.getMessage());
            AuthenticationError server = assertThrows(AuthenticationError.class, accept::result);
            assertTrue(server.getMessage().contains("wrong digest"), server.getMessage());

            BackgroundCall<Connection> next = BackgroundCall.start("accept", listener::accept);
            try (Connection mine = Client.connect(listener.address(), KEY); Connection theirs = next.result()) {
                mine.send("through");
                assertEquals("through", theirs.recv());
            }
        }
    }

    /** The listener's key is wrong for the client: the client's challenge fails, both sides hear of it. */
    @Test
    void aListenerThatFailsTheClientsChallengeIsRefusedToo() {
        try (Listener listener = new Listener(address("unix"), WRONG)) {
            BackgroundCall<Connection> accept = BackgroundCall.start("accept", listener::accept);
            assertThrows(AuthenticationError.class, () -> Client.connect(listener.address(), KEY));
            assertThrows(AuthenticationError.class, accept::result);
        }
    }

    @Test
    void aKeyOnOneSideOnlyIsRefusedAndNothingHangs() {
        try (Listener listener = new Listener(address("tcp"), KEY)) {
            BackgroundCall<Connection> accept = BackgroundCall.start("accept", listener::accept);
            try (Connection noKey = Client.connect(listener.address(), null)) {
                // No handshake here: the listener's challenge arrives as a message.
                byte[] challenge = noKey.recvBytes();
                assertTrue(new String(challenge, StandardCharsets.ISO_8859_1).startsWith("#CHALLENGE#{sha256}"));
                noKey.sendBytes("not a digest".getBytes(StandardCharsets.US_ASCII));
                assertEquals("#FAILURE#", new String(noKey.recvBytes(), StandardCharsets.US_ASCII));
            }
            assertThrows(AuthenticationError.class, accept::result);
        }
    }

    @Test
    void withoutAKeyOnEitherSideThereIsNoHandshake() {
        try (Listener listener = new Listener(address("unix"), null)) {
            BackgroundCall<Connection> accept = BackgroundCall.start("accept", listener::accept);
            try (Connection mine = Client.connect(listener.address(), null); Connection theirs = accept.result()) {
                theirs.sendBytes(new byte[] {1});
                assertEquals(1, mine.recvBytes()[0]);
            }
        }
    }

    @Test
    void aTcpPortZeroGetsAFreePortAndLastAcceptedIsThePeer() {
        try (Listener listener = new Listener("localhost:0", KEY)) {
            assertTrue(listener.address().matches("127\\.0\\.0\\.1:[1-9]\\d*"), listener.address());
            assertEquals(null, listener.lastAccepted());
            BackgroundCall<Connection> accept = BackgroundCall.start("accept", listener::accept);
            try (Connection mine = Client.connect(listener.address(), KEY); Connection theirs = accept.result()) {
                assertTrue(listener.lastAccepted().startsWith("127.0.0.1:"), listener.lastAccepted());
            }
        }
    }

    /** Closing ends an accept in progress, as it refuses one after. */
    @Test
    void theSocketFileIsRemovedOnCloseAndAnAcceptEnds() {
        Path socket = dir.resolve("l.sock");
        Listener listener = new Listener(socket.toString(), KEY);
        assertEquals(socket.toString(), listener.address());
        assertTrue(Files.exists(socket));
        BackgroundCall<Connection> accept = BackgroundCall.start("accept", listener::accept);
        listener.close();
        listener.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, accept::result);
        assertEquals("the listener is closed", e.getMessage());
        assertTrue(Files.notExists(socket), "the socket file is gone");
        assertThrows(IllegalStateException.class, listener::accept);
    }

    @Test
    void anAddressInUseIsAClearError() {
        try (Listener first = new Listener(address("unix"), KEY)) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new Listener(first.address(), KEY));
            assertTrue(e.getMessage().startsWith("cannot listen on " + first.address()), e.getMessage());
        }
    }

    @Test
    void nothingListeningIsAClearError() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Client.connect(dir.resolve("nobody.sock").toString(), KEY));
        assertTrue(e.getMessage().startsWith("cannot connect to " + dir.resolve("nobody.sock")), e.getMessage());
    }

    @Test
    void malformedAddressesAreClearErrors() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class, () -> new Listener("localhost:70000", KEY));
        assertTrue(port.getMessage().startsWith("not a host:port address: 'localhost:70000'"), port.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Listener("localhost:http", KEY));
        assertThrows(IllegalArgumentException.class, () -> Client.connect("::1:80", KEY));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> new Listener(" ", KEY));
        assertEquals("an empty address: give a socket path or host:port", empty.getMessage());
        assertThrows(NullPointerException.class, () -> new Listener((String) null, KEY));
    }

    @Test
    void addressesParseAndFormatBothWays() {
        assertEquals("[0:0:0:0:0:0:0:1]:6000", ConnectionAddress.format(ConnectionAddress.parse("[::1]:6000")));
        assertEquals("127.0.0.1:80", ConnectionAddress.format(ConnectionAddress.parse("127.0.0.1:80")));
        assertEquals("./a:b", ConnectionAddress.format(ConnectionAddress.parse("./a:b")));
        assertEquals("plain.sock", ConnectionAddress.format(ConnectionAddress.parse("plain.sock")));
    }
}
