package dev.mp4j.examples;

import static java.nio.charset.StandardCharsets.US_ASCII;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Client;
import dev.mp4j.queues.Connection;
import dev.mp4j.queues.Listener;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * mp4j and CPython exchange bytes over {@code multiprocessing.connection}, both ways, with
 * an authkey (seed 002_ed2128a47af50195.txt lists Listener, Client and authentication
 * keys): the machine's {@code python3} runs a Listener, to which an mp4j {@link Client} in
 * a worker process connects; then python3's Client connects to an mp4j {@link Listener} in
 * main. The key is 32 random bytes, handed to python3 on its stdin (not its command line,
 * which other users can read).
 *
 * <pre>
 * mp4j Client sent 'hello from mp4j' to Python's Listener, which answered: Python got b'hello from mp4j'
 * mp4j Listener received from Python's Client: hello from Python 3.12.3
 * Python's Client received: mp4j got 24 bytes
 * </pre>
 *
 * Where there is no {@code python3} on the PATH, the example prints one line saying so and
 * ends normally.
 */
final class PythonInterop implements Example {

    /*
     * Python's side. Its stdin: the key in hex, then the address of mp4j's Listener. Its
     * stdout: the address of its own Listener, then what its Client received.
     */
    private static final String PYTHON = """
            import sys
            from multiprocessing.connection import Listener, Client
            key = bytes.fromhex(sys.stdin.readline().strip())
            with Listener(('127.0.0.1', 0), authkey=key) as listener:
                print('%s:%d' % listener.address, flush=True)
                with listener.accept() as conn:
                    conn.send_bytes(b'Python got ' + repr(conn.recv_bytes()).encode())
            host, port = sys.stdin.readline().strip().rsplit(':', 1)
            with Client((host, int(port)), authkey=key) as conn:
                conn.send_bytes(('hello from Python ' + sys.version.split()[0]).encode())
                print(conn.recv_bytes().decode(), flush=True)
            """;

    @Override
    public String name() {
        return "python-interop";
    }

    @Override
    public String description() {
        return "mp4j and python3 exchange bytes over multiprocessing.connection, each as Listener and as Client";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) throws IOException, InterruptedException {
        ExampleArguments.none(this, args);
        Optional<Path> python3 = onPath("python3");
        if (python3.isEmpty()) {
            System.out.println(name() + ": no python3 on the PATH, so there is no CPython to talk to; nothing to show");
            return;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        java.lang.Process python = new ProcessBuilder(python3.get().toString(), "-c", PYTHON)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (Writer toPython = python.outputWriter(US_ASCII);
             BufferedReader fromPython = new BufferedReader(new InputStreamReader(python.getInputStream(), US_ASCII))) {
            toPython.write(HexFormat.of().formatHex(key) + "\n");
            toPython.flush();
            String pythonListener = lineFrom(fromPython, "the address of its Listener");

            Process client = new Process(context, () -> greet(pythonListener, key));
            client.start();
            client.join();
            if (client.exitCode() != 0) {
                throw new IllegalStateException("the mp4j Client ended with exit code " + client.exitCode());
            }

            try (Listener listener = new Listener("127.0.0.1:0", key)) {
                python.onExit().thenRun(listener::close); // a python3 that dies before it connects ends accept()
                toPython.write(listener.address() + "\n");
                toPython.flush();
                try (Connection conn = listener.accept()) {
                    byte[] message = conn.recvBytes();
                    System.out.println("mp4j Listener received from Python's Client: " + new String(message, US_ASCII));
                    conn.sendBytes(("mp4j got " + message.length + " bytes").getBytes(US_ASCII));
                }
            }
            System.out.println("Python's Client received: " + lineFrom(fromPython, "what its Client received"));
            int exit = python.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("python3 exited with " + exit);
            }
        } finally {
            python.destroyForcibly();
        }
    }

    private static void greet(String address, byte[] key) {
        try (Connection conn = Client.connect(address, key)) {
            conn.sendBytes("hello from mp4j".getBytes(US_ASCII));
            System.out.println("mp4j Client sent 'hello from mp4j' to Python's Listener, which answered: "
                    + new String(conn.recvBytes(), US_ASCII));
        }
    }

    private static String lineFrom(BufferedReader python, String what) throws IOException {
        String line = python.readLine();
        if (line == null) {
            throw new IllegalStateException("python3 ended before it printed " + what + " (its errors are above)");
        }
        return line;
    }

    /** The first executable file named {@code command} in a directory of the PATH, as a shell finds it. */
    static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, command);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
