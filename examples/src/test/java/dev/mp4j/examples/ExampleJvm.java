package dev.mp4j.examples;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mp4j.cluster.IgniteJvm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs {@link Main} in a JVM of its own and captures everything it prints. Only a separate
 * JVM sees the whole output: the child JVMs of the spawn context write straight to the
 * stdout they inherit, past any {@code System.setOut} of the test JVM.
 *
 * <p>After the run it checks what an example must not leave behind: a file of that JVM in
 * the runtime directory, or one of its child JVMs still alive.
 */
final class ExampleJvm {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    /** What a run printed (stdout and stderr together), its exit code and its pid. */
    record Run(int exitCode, String output, long pid) {

        /** The printed lines. */
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private ExampleJvm() {}

    /** Runs {@code example} under {@code context} with {@code args}; checks that it exited with 0 and left nothing behind. */
    static Run succeeded(String example, String context, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(example, "--context=" + context));
        command.addAll(List.of(args));
        Run run = run(command.toArray(String[]::new));
        assertEquals(0, run.exitCode(), "exit code of " + command + "; output:\n" + run.output());
        return run;
    }

    /** Runs {@code java ... dev.mp4j.examples.Main args} and checks that it left nothing behind. */
    static Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    /** As {@link #run(String...)}, with {@code environment} set over this JVM's (a PATH without python3, say). */
    static Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        // What the examples jar's manifest opens for the cluster examples' Ignite nodes.
        command.addAll(IgniteJvm.options());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        java.lang.Process jvm = builder.start();
        jvm.getOutputStream().close();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(jvm.getInputStream()));
        try {
            if (!jvm.waitFor(TIMEOUT.toSeconds(), SECONDS)) {
                fail("'" + String.join(" ", args) + "' did not end within " + TIMEOUT);
            }
            // The pipe closes when the last writer, child JVMs included, has gone.
            String text = output.get(TIMEOUT.toSeconds(), SECONDS);
            Run run = new Run(jvm.exitValue(), text, jvm.pid());
            assertNothingLeftBy(run);
            return run;
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("could not read the output of '" + String.join(" ", args) + "'", e);
        } finally {
            if (jvm.isAlive()) {
                jvm.descendants().forEach(ProcessHandle::destroyForcibly);
                jvm.destroyForcibly();
            }
        }
    }

    private static void assertNothingLeftBy(Run run) {
        String prefix = run.pid() + "-";
        assertEquals(List.of(), filesStartingWith(prefix),
                "files of pid " + run.pid() + " left in the runtime directory; output:\n" + run.output());
        // A child JVM is started with its control socket, named after its parent, as argument.
        String socketPrefix = runtimeDirectory().resolve(prefix).toString();
        await("no child JVM of pid " + run.pid() + " still running").atMost(10, SECONDS).until(() ->
                ProcessHandle.allProcesses().noneMatch(h -> h.isAlive()
                        && h.info().commandLine().orElse("").contains(socketPrefix)));
    }

    private static List<String> filesStartingWith(String prefix) {
        Path dir = runtimeDirectory();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where mp4j keeps its files: the same rule as the runtime, without creating anything. */
    private static Path runtimeDirectory() {
        String override = System.getProperty("mp4j.runtimeDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path shm = Path.of("/dev/shm");
        Path base = Files.isDirectory(shm) && Files.isWritable(shm)
                ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve("mp4j-" + user);
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
