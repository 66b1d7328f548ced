package dev.mp4j.core;

import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.internal.spawn.AotCache;
import dev.mp4j.core.internal.spawn.AotTrainingWork;
import dev.mp4j.core.internal.spawn.AuthListener;
import dev.mp4j.core.internal.spawn.FramedChannel;
import dev.mp4j.core.internal.spawn.Handshake;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

/**
 * The builder and the training run of {@link AotCache}. <b>Not API</b>: mp4j launches it.
 *
 * <ul>
 *   <li>{@code build <cache> <child options...>}: under the cache's lock file, runs the
 *       training JVM with {@code -XX:AOTCacheOutput} on a temporary name, then moves the
 *       result to {@code cache} atomically and deletes older caches of the same key; on
 *       failure, leaves the {@code .failed} mark.</li>
 *   <li>{@code train}: a child's whole life in one JVM, with the child's flags: it listens
 *       as a parent does, connects and authenticates to itself through {@link ChildMain},
 *       receives a start request whose target runs every {@link AotTrainingWork}, and exits
 *       as a child does, which is when the JVM writes the cache.</li>
 * </ul>
 */
public final class AotTraining {

    /** The most a training run may take; a build that needs more failed. */
    private static final long TRAINING_SECONDS = 180;

    private AotTraining() {}

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("build")) {
            System.exit(build(Path.of(args[1]), Arrays.asList(args).subList(2, args.length)));
        } else if (args.length == 1 && args[0].equals("train")) {
            train();
        } else {
            System.err.println("mp4j AotTraining is started by mp4j: build <cache> <options...> | train");
            System.exit(2);
        }
    }

    private static int build(Path cache, List<String> childOptions) throws IOException, InterruptedException {
        String name = cache.getFileName().toString();
        String key = name.substring(0, name.lastIndexOf('-'));
        Path lock = cache.resolveSibling(key + ".lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.tryLock()) {
            if (held == null || Files.exists(cache)) {
                return 0;
            }
            Path output = cache.resolveSibling(name + ".tmp-" + ProcessHandle.current().pid());
            boolean made = false;
            try {
                java.lang.Process training = new ProcessBuilder(AotCache.trainingCommand(output, childOptions))
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!training.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
                    training.destroyForcibly().waitFor();
                } else if (training.exitValue() == 0 && Files.isRegularFile(output) && Files.size(output) > 0) {
                    deleteOthers(cache, key);
                    Files.move(output, cache, StandardCopyOption.ATOMIC_MOVE);
                    made = true;
                }
            } finally {
                Files.deleteIfExists(output);
                Files.deleteIfExists(output.resolveSibling(output.getFileName() + ".config"));
                if (!made) {
                    Files.write(cache.resolveSibling(name + ".failed"), new byte[0]);
                }
            }
            return made ? 0 : 1;
        }
    }

    /** Caches of the same key and other content: a jar changed since they were made. */
    private static void deleteOthers(Path cache, String key) throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(cache.getParent(), key + "-*.aot*")) {
            for (Path file : old) {
                if (!file.getFileName().toString().contains(".tmp-")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void train() throws IOException {
        byte[] authkey = Handshake.newAuthkey();
        AuthListener listener = AuthListener.control();
        Process process = new Process(Context.spawn(), AotTraining::runTrainingWork, "AotTraining");
        byte[] request = Serialization.serialize(new StartRequest(process, "MainProcess", ProcessHandle.current().pid(),
                Context.defaultContext()), "the training request");
        Thread.ofPlatform().daemon().name("mp4j-training-parent").start(() -> {
            try (listener; FramedChannel channel = listener.acceptAuthenticated(authkey)) {
                channel.send(request);
                while (true) {
                    channel.recv();
                }
            } catch (EOFException | ClosedChannelException e) {
                // The training child ended.
            } catch (IOException e) {
                System.exit(1);
            }
        });
        ChildMain.run(Path.of(listener.address().toString()), authkey, false);
    }

    private static void runTrainingWork() {
        for (AotTrainingWork work : ServiceLoader.load(AotTrainingWork.class)) {
            work.train();
        }
    }
}
