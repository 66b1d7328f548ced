package dev.mp4j.core;

import dev.mp4j.core.internal.spawn.AuthListener;
import dev.mp4j.core.internal.spawn.FramedChannel;
import dev.mp4j.core.internal.spawn.Handshake;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One spare child JVM: booted, connected, authenticated and warmed up, its {@link ChildMain}
 * waiting for the {@link StartRequest}. It authenticated with a key of its own, made for it alone; the
 * process it will run brings its own authkey inside the request, over this authenticated
 * channel, as a fresh child gets it on stdin.
 */
record Spare(java.lang.Process jvm, FramedChannel channel) {

    /**
     * Boots a spare with {@code options} and returns once it has warmed up and said so;
     * {@code launched} learns its JVM as soon as it runs, so that an exiting parent can kill a
     * spare still booting.
     *
     * @throws IOException if it could not be launched, or died or failed before it authenticated
     */
    static Spare boot(List<String> options, Consumer<java.lang.Process> launched) throws IOException {
        byte[] key = Handshake.newAuthkey();
        try (AuthListener listener = AuthListener.control()) {
            java.lang.Process jvm = JvmWorker.launch(options, listener, key, true);
            launched.accept(jvm);
            // A spare that dies before it connects must not leave the accept blocked.
            jvm.onExit().thenRun(listener::close);
            try {
                FramedChannel channel = listener.acceptAuthenticated(key);
                if (!ControlMessages.isReady(channel.recv())) {
                    channel.close();
                    throw new IOException("a spare JVM sent something else than that it is ready");
                }
                return new Spare(jvm, channel);
            } catch (IOException | RuntimeException e) {
                jvm.destroyForcibly();
                throw e;
            }
        }
    }

    /** Whether its JVM still runs: one that died while idle is never handed out. */
    boolean alive() {
        return jvm.isAlive();
    }

    /** Kills an idle spare: it has run no user code, so there is nothing to end gracefully. */
    void kill() {
        jvm.destroyForcibly();
        try {
            channel.close();
        } catch (IOException e) {
            // Killed either way.
        }
    }
}
