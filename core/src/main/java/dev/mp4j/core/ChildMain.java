package dev.mp4j.core;

import dev.mp4j.core.internal.Log;
import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.internal.spawn.AuthClient;
import dev.mp4j.core.internal.spawn.FramedChannel;
import dev.mp4j.core.internal.spawn.StartupPhases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The entry point of a child JVM of the spawn context. <b>Not API</b>: mp4j launches it.
 *
 * <p>A spare ({@value #SPARE} as second argument, see {@link SparePool}) does the same with
 * a key of its own, then warms up ({@link SpareWarmUp}), says it is ready and waits idle for
 * the request.
 *
 * <p>Reads the authkey from stdin, connects to the parent's socket (given as the only
 * argument), authenticates both ways, receives the {@link StartRequest}, runs the process,
 * waits for its non-daemon children and the non-daemon threads it started (as a JVM does),
 * reports the exit code and exits with it. Only this normal end waits: a SIGTERM runs the
 * shutdown hook alone, which terminates the children still running. A thread watches the
 * channel: when it ends, the parent is dead, and this JVM exits at once.
 */
public final class ChildMain {

    /** How long a child whose parent died may spend in shutdown hooks before it halts. */
    private static final long ORPHAN_GRACE_MILLIS = 300;

    /** How long the end waits for the parent to close the channel before closing it itself. */
    private static final long PARENT_CLOSE_MILLIS = 50;

    /** The second argument of a spare: it boots, connects and waits idle for its request. */
    static final String SPARE = "spare";

    /** Set before this JVM closes its own end of the channel, so the watch knows it is not orphaned. */
    private static volatile boolean exiting;

    private ChildMain() {}

    public static void main(String[] args) throws IOException {
        StartupPhases.mark("boot");
        boolean spare = args.length == 2 && args[1].equals(SPARE);
        if (args.length != 1 && !spare) {
            System.err.println("mp4j ChildMain is started by mp4j, with the parent's socket as its argument");
            System.exit(2);
        }
        String hexKey = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine();
        if (hexKey == null) {
            System.exit(2);
        }
        run(Path.of(args[0]), HexFormat.of().parseHex(hexKey.strip()), spare);
    }

    /**
     * The child's life from its connection to the parent's {@code socket} on; ends the JVM. A
     * {@code spare} warms up and says it is ready before it waits for its start request.
     */
    static void run(Path socket, byte[] authkey, boolean spare) throws IOException {
        // Kept for the final flush: the target may replace System.out and System.err, even by null.
        PrintStream out = System.out;
        PrintStream err = System.err;
        StartupPhases.mark("authkey");
        FramedChannel channel;
        byte[] requestBytes;
        try {
            channel = AuthClient.connect(UnixDomainSocketAddress.of(socket), authkey);
            if (spare) {
                SpareWarmUp.run();
                // Only now is it worth taking: a start must not wait for the warm-up.
                channel.send(ControlMessages.ready());
            }
            requestBytes = channel.recv();
        } catch (IOException e) {
            if (!spare) {
                throw e;
            }
            // A spare's parent may exit or drop it before it is used: it leaves quietly, having
            // run nothing, rather than print a stack trace into its parent's stderr.
            System.exit(0);
            return;
        }
        StartupPhases.mark("request");
        StartRequest request = (StartRequest) Serialization.deserialize(requestBytes, "the start request");
        StartupPhases.mark("deserialize");
        Context.setDefault(request.defaultContext());
        ProcessRegistry.becomeChild(request.process(), request.parentName(), request.parentPid());
        StartupPhases.mark("registry");
        Thread watch = Thread.ofPlatform().daemon().name("mp4j-parent-watch").start(() -> watchParent(channel));

        int code = request.process().bootstrap(() -> false);
        StartupPhases.mark("run");
        ProcessRegistry.joinNonDaemonChildren();
        joinNonDaemonThreads();
        Log.log(null, System.Logger.Level.INFO, "process exiting with exitcode " + code);
        flush(out);
        flush(err);
        flush(System.out);
        flush(System.err);
        exiting = true;
        StartupPhases.mark("flushed");
        try {
            channel.send(ControlMessages.exit(code));
            StartupPhases.mark("sent");
            // The JVM's exit waits 300 ms for a thread blocked in a native read: the parent closes
            // its end on the exit code, which ends the watch's read; closing ours from this thread
            // (a signal to the reader) is the fallback, and costs some milliseconds more.
            watch.join(PARENT_CLOSE_MILLIS);
            StartupPhases.mark("parentclosed");
            if (watch.isAlive()) {
                channel.close();
                watch.join(100);
            }
        } catch (IOException e) {
            // The parent is gone; the exit status still tells the code.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StartupPhases.write();
        System.exit(code);
    }

    private static void flush(PrintStream stream) {
        if (stream != null) {
            stream.flush();
        }
    }

    /** Blocks on the channel; its end means the parent died, and so must we. */
    private static void watchParent(FramedChannel channel) {
        try {
            while (true) {
                channel.recv();
            }
        } catch (IOException | RuntimeException e) {
            if (exiting) {
                return;
            }
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    Thread.sleep(ORPHAN_GRACE_MILLIS);
                } catch (InterruptedException ignored) {
                    // Halting either way.
                }
                Runtime.getRuntime().halt(1);
            });
            System.exit(1);
        }
    }

    private static void joinNonDaemonThreads() {
        Thread me = Thread.currentThread();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t != me && !t.isDaemon() && t.isAlive() && !t.getName().equals("DestroyJavaVM")) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
