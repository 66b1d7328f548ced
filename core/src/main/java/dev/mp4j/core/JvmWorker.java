package dev.mp4j.core;

import dev.mp4j.core.internal.Log;
import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.internal.spawn.AotCache;
import dev.mp4j.core.internal.spawn.AuthListener;
import dev.mp4j.core.internal.spawn.FramedChannel;
import dev.mp4j.core.internal.spawn.JvmCommand;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A process run by a child JVM (the spawn context).
 *
 * <p>Start-up: bind a Unix domain socket in the runtime directory, launch the JVM with the
 * socket's path as its argument and the authkey on its stdin (never on the command line,
 * where {@code ps} shows it), and return. A watcher thread then accepts the child's
 * connection, authenticates both ways, sends the {@link StartRequest}, and reads until the
 * child exits. The watcher is a daemon thread exactly when the process is a daemon, so a
 * parent JVM naturally waits for its non-daemon children.
 *
 * <p>A context with spares ({@link Context#withSpares(int)}) first tries a ready spare of
 * {@link SparePool}: it is already connected and authenticated, so the request is sent at once
 * and the same watch follows.
 *
 * <p>The child treats the end of the channel as the death of its parent and exits.
 */
final class JvmWorker implements Worker {

    private static final int SIGNAL_BASE = 128;

    private final java.lang.Process jvm;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Integer reportedExit;
    private volatile Integer exitCode;

    private JvmWorker(java.lang.Process jvm) {
        this.jvm = jvm;
    }

    static JvmWorker start(Process process) {
        Process parent = ProcessRegistry.current();
        byte[] request = Serialization.serializeForStart(
                new StartRequest(process, parent.name(), ProcessHandle.current().pid(), Context.defaultContext()),
                "process " + process.name());
        // Checked here, so that a JVM without spares never loads the pool and its exit hook.
        Spare spare = process.context().spares() > 0 ? SparePool.take(process.context()) : null;
        if (spare != null) {
            try {
                spare.channel().send(request);
                // Connected already, with no listener left to release.
                return watched(process, spare.jvm(), spare::channel, () -> {});
            } catch (IOException e) {
                // It died as it was taken: a fresh child takes its place.
                spare.kill();
            }
        }
        AuthListener listener = null;
        try {
            listener = AuthListener.control();
            java.lang.Process jvm = launch(process.context().jvmOptions(), listener, process.authkeyRef(), false);
            AuthListener listening = listener;
            // Held until sent, not for the child's whole life.
            AtomicReference<byte[]> pending = new AtomicReference<>(request);
            // A child that dies before it connects must not leave the accept blocked.
            jvm.onExit().thenRun(listening::close);
            return watched(process, jvm, () -> {
                FramedChannel channel = listening.acceptAuthenticated(process.authkeyRef());
                channel.send(pending.getAndSet(null));
                return channel;
            }, listening::close);
        } catch (IOException e) {
            if (listener != null) {
                listener.close();
            }
            Log.log(null, System.Logger.Level.WARNING, "cannot start a child JVM for " + process.name() + ": " + e);
            throw new UncheckedIOException("cannot start a child JVM for " + process.name(), e);
        }
    }

    /**
     * Launches {@code java ... ChildMain <socket> [spare]} with {@code authkey} on its stdin, the
     * one way every child JVM is launched, fresh or spare.
     */
    static java.lang.Process launch(List<String> options, AuthListener listener, byte[] authkey, boolean spare)
            throws IOException {
        String socket = listener.address().toString();
        // The AOT cache's options first: the user's come after and win.
        List<String> withCache = new ArrayList<>(AotCache.childOptions(options));
        withCache.addAll(options);
        List<String> command = JvmCommand.of(withCache, ChildMain.class.getName(),
                spare ? List.of(socket, ChildMain.SPARE) : List.of(socket));
        java.lang.Process jvm = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (OutputStream stdin = jvm.getOutputStream()) {
            stdin.write((HexFormat.of().formatHex(authkey) + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // The child died at once; its exit code tells.
        }
        return jvm;
    }

    /** How the watch gets the child's channel, with the start request sent. */
    private interface Connect {
        FramedChannel open() throws IOException;
    }

    /** The worker of {@code jvm}, with its watch started; {@code release} runs once the child ended. */
    private static JvmWorker watched(Process process, java.lang.Process jvm, Connect connect, Runnable release) {
        JvmWorker worker = new JvmWorker(jvm);
        Thread.ofPlatform().daemon(process.daemon()).name("mp4j-watch-" + process.name())
                .start(() -> worker.watch(process, connect, release));
        return worker;
    }

    private void watch(Process process, Connect connect, Runnable release) {
        boolean connected = false;
        try (FramedChannel channel = connect.open()) {
            connected = true;
            Integer code = null;
            while (code == null) {
                code = ControlMessages.exitCodeOf(channel.recv());
            }
            // Its last word: closing our end ends the child's parent watch, which its exit waits for.
            reportedExit = code;
        } catch (EOFException | ClosedChannelException e) {
            // The child exited, or died before connecting.
        } catch (SocketException e) {
            // A child killed with bytes unread resets the connection instead of closing it.
            if (!exitsSoon()) {
                System.err.println("mp4j: control channel of " + process.name() + " failed: " + e);
                jvm.destroyForcibly();
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("mp4j: control channel of " + process.name() + " failed: " + e);
            jvm.destroyForcibly();
        } finally {
            release.run();
            awaitExit();
            Integer code = exitCode;
            if (!connected && code != null && code != -9 && code != -15) {
                Log.log(null, System.Logger.Level.WARNING, "the child JVM of " + process.name() + " (pid " + jvm.pid()
                        + ") exited with exitcode " + code + " before it started the process; see its stderr");
            } else {
                Log.log(null, System.Logger.Level.DEBUG, process.name() + " (pid " + jvm.pid() + ") ended with exitcode " + code);
            }
            done.countDown();
            ProcessRegistry.ended(process);
        }
    }

    private boolean exitsSoon() {
        try {
            return jvm.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitExit() {
        boolean interrupted = false;
        while (true) {
            try {
                int status = jvm.waitFor();
                Integer reported = reportedExit;
                // Java reports death by signal N as 128 + N.
                exitCode = reported != null ? reported
                        : status > SIGNAL_BASE && status <= SIGNAL_BASE + 64 ? -(status - SIGNAL_BASE) : status;
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public long pid() {
        return jvm.pid();
    }

    @Override
    public Integer exitCode() {
        return exitCode;
    }

    @Override
    public boolean join(long nanos) throws InterruptedException {
        if (nanos < 0) {
            done.await();
            return true;
        }
        return done.await(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void terminate() {
        jvm.destroy();
        // A stopped JVM (SIGSTOP, a debugger) keeps SIGTERM pending for ever: after a short
        // grace (longer than the 2 s its own exit hook gives its children), SIGKILL it (its exit
        // code is then -9).
        CompletableFuture.delayedExecutor(TERMINATE_GRACE_MILLIS, TimeUnit.MILLISECONDS).execute(() -> {
            if (jvm.isAlive()) {
                jvm.destroyForcibly();
            }
        });
    }

    /** How long a terminated child JVM has to end before it is killed. */
    static final long TERMINATE_GRACE_MILLIS = 3_000;

    @Override
    public void kill() {
        jvm.destroyForcibly();
    }
}
