package dev.mp4j.queues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mp4j.core.AuthenticationError;
import dev.mp4j.testing.BackgroundCall;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * mp4j and CPython's {@code multiprocessing.connection} exchange byte messages, both ways, over
 * Unix and TCP, with every {@link Pythons python} found: a 3.12+ one speaks the {sha256}
 * handshake, an older one the legacy HMAC-MD5 one. Skipped, saying so, where there is none.
 */
@Timeout(120)
class PythonInteropTest {

    private static final byte[] KEY = "shared secret".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WRONG = "not the secret".getBytes(StandardCharsets.US_ASCII);

    /** Python's side: a Listener that prints its address, reverses one message and sends a large one. */
    private static final String PY_LISTENER = """
            import sys
            from multiprocessing.connection import Listener
            address, key = sys.argv[1], bytes.fromhex(sys.argv[2])
            if '/' not in address:
                host, port = address.rsplit(':', 1)
                address = (host, int(port))
            with Listener(address, authkey=key) as listener:
                a = listener.address
                print(a if isinstance(a, str) else '%s:%d' % a, flush=True)
                with listener.accept() as conn:
                    conn.send_bytes(conn.recv_bytes()[::-1])
                    conn.send_bytes(bytes(range(256)) * 4096)
                    print('done', conn.recv_bytes().decode(), flush=True)
            """;

    /** Python's side: a Client that upper-cases one message and echoes a large one. */
    private static final String PY_CLIENT = """
            import sys
            from multiprocessing.connection import Client
            address, key = sys.argv[1], bytes.fromhex(sys.argv[2])
            if '/' not in address:
                host, port = address.rsplit(':', 1)
                address = (host, int(port))
            with Client(address, authkey=key) as conn:
                conn.send_bytes(conn.recv_bytes().upper())
                conn.send_bytes(conn.recv_bytes())
                print('done', flush=True)
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> pythonsAndAddresses() {
        List<Arguments> cases = new ArrayList<>();
        for (Pythons.Python python : Pythons.all()) {
            cases.add(Arguments.of(python, "unix"));
            cases.add(Arguments.of(python, "tcp"));
        }
        if (cases.isEmpty()) {
            cases.add(Arguments.of(null, "none"));
        }
        return cases.stream();
    }

    private static void assumePython(Pythons.Python python) {
        assumeTrue(python != null, "no python3 on the PATH (nor -Dmp4j.test.pythons): the CPython interop tests are skipped");
    }

    private String address(String kind) {
        return TestAddresses.of(kind, dir);
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("pythonsAndAddresses")
    void anMp4jClientTalksToAPythonListener(Pythons.Python python, String kind) throws Exception {
        assumePython(python);
        try (Script listener = Script.start(python, PY_LISTENER, dir, address(kind), KEY)) {
            String address = listener.readLine();
            try (Connection conn = Client.connect(address, KEY)) {
                conn.sendBytes("olleh".getBytes(StandardCharsets.US_ASCII));
                assertEquals("hello", new String(conn.recvBytes(), StandardCharsets.US_ASCII));
                byte[] large = conn.recvBytes();
                assertEquals(256 * 4096, large.length);
                assertEquals((byte) 255, large[large.length - 1]);
                conn.sendBytes("from java".getBytes(StandardCharsets.US_ASCII));
                assertEquals("done from java", listener.readLine());
            }
            assertEquals(0, listener.exitCode(), listener.stderr());
        }
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("pythonsAndAddresses")
    void aPythonClientTalksToAnMp4jListener(Pythons.Python python, String kind) throws Exception {
        assumePython(python);
        try (Listener listener = new Listener(address(kind), KEY);
             Script client = Script.start(python, PY_CLIENT, dir, listener.address(), KEY);
             Connection conn = listener.accept()) {
            conn.sendBytes("hello".getBytes(StandardCharsets.US_ASCII));
            assertEquals("HELLO", new String(conn.recvBytes(), StandardCharsets.US_ASCII));
            byte[] large = new byte[3 << 20];
            large[large.length - 1] = 7;
            conn.sendBytes(large);
            assertArrayEquals(large, conn.recvBytes());
            assertEquals("done", client.readLine());
            assertEquals(0, client.exitCode(), client.stderr());
        }
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("pythonsAndAddresses")
    void aWrongKeyFailsOnBothSidesWithAPythonListener(Pythons.Python python, String kind) throws Exception {
        assumePython(python);
        try (Script listener = Script.start(python, PY_LISTENER, dir, address(kind), KEY)) {
            String address = listener.readLine();
            assertThrows(AuthenticationError.class, () -> Client.connect(address, WRONG));
            assertNotEquals(0, listener.exitCode());
            assertTrue(listener.stderr().contains("AuthenticationError"), listener.stderr());
        }
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("pythonsAndAddresses")
    void aWrongKeyFailsOnBothSidesWithAPythonClient(Pythons.Python python, String kind) throws Exception {
        assumePython(python);
        try (Listener listener = new Listener(address(kind), KEY);
             Script client = Script.start(python, PY_CLIENT, dir, listener.address(), WRONG)) {
            assertThrows(AuthenticationError.class, listener::accept);
            assertNotEquals(0, client.exitCode());
            assertTrue(client.stderr().contains("AuthenticationError"), client.stderr());
        }
    }

    /** The {sha256} form is tested against CPython itself only where a 3.12+ is found; say so where not. */
    @Test
    void cpython312sSha256HandshakeIsCovered() throws Exception {
        Pythons.Python modern = Pythons.all().stream().filter(Pythons.Python::sha256).findFirst().orElse(null);
        assumeTrue(modern != null, "no CPython 3.12+ found (have " + Pythons.all() + "): the {sha256} handshake is tested"
                + " against mp4j alone; put python3.12 on the PATH or set -Dmp4j.test.pythons to test it against CPython");
        aPythonClientTalksToAnMp4jListener(modern, "unix");
    }

    /** The legacy form against CPython itself needs a 3.11 or older. */
    @Test
    void cpython311sLegacyHandshakeIsCovered() throws Exception {
        Pythons.Python legacy = Pythons.all().stream().filter(p -> !p.sha256()).findFirst().orElse(null);
        assumeTrue(legacy != null, "no CPython 3.11 or older found (have " + Pythons.all() + "): the legacy HMAC-MD5"
                + " handshake is tested against a hand-driven peer only (HandshakeTest)");
        anMp4jClientTalksToAPythonListener(legacy, "tcp");
    }

    /** A Python script run with arguments; its stdout read line by line, its stderr kept in a file. */
    private record Script(java.lang.Process process, BufferedReader stdout, Path stderrFile) implements AutoCloseable {

        static Script start(Pythons.Python python, String code, Path dir, String address, byte[] key) throws IOException {
            Path stderr = Files.createTempFile(dir, "python", ".err");
            java.lang.Process p = new ProcessBuilder(python.command(), "-c", code, address, HexFormat.of().formatHex(key))
                    .redirectError(stderr.toFile()).start();
            return new Script(p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)), stderr);
        }

        String readLine() throws Exception {
            String line = BackgroundCall.start("python stdout", stdout::readLine).result();
            if (line == null) {
                throw new AssertionError("python ended without a line: " + stderr());
            }
            return line;
        }

        int exitCode() throws InterruptedException {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("python still running: " + stderr());
            }
            return process.exitValue();
        }

        String stderr() {
            try {
                return Files.readString(stderrFile);
            } catch (IOException e) {
                return e.toString();
            }
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
