package dev.mp4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.internal.spawn.JvmCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Logging.logToStderr, as Python's log_to_stderr: run in a JVM of its own, whose stderr the
 * test reads (a spawn child's stderr is its parent's).
 */
@Timeout(60)
class LoggingTest {

    @TempDir
    Path dir;

    /**
     * The JVM under test: {@code <context> stderr|quiet|badjvm}; its process exits with 3, or
     * in {@code badjvm} its child JVM cannot start (an unknown JVM option).
     */
    public static final class Main {
        public static void main(String[] args) {
            if (!args[1].equals("quiet")) {
                Logging.logToStderr(System.Logger.Level.INFO);
            }
            Context context = args[1].equals("badjvm")
                    ? Context.spawn().withJvmOptions("-XX:+NoSuchOptionForTheTest") : Context.byName(args[0]);
            Process p = new Process(context, () -> Process.exit(3));
            p.start();
            p.join();
            System.out.println("exitcode " + p.exitCode());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"spawn", "threads"})
    void logToStderrPrintsPythonsLinesInTheWorkerAndTheParent(String context) throws Exception {
        String err = run(context, "stderr");
        assertTrue(err.contains("[INFO/MainProcess] starting Process-1 pid "), err);
        assertTrue(err.contains("[INFO/Process-1] child process calling self.run()"), err);
        assertTrue(err.contains("[INFO/Process-1] process shutting down"), err);
        assertTrue(err.contains("[INFO/Process-1] process exiting with exitcode 3"), err);
    }

    @ParameterizedTest
    @ValueSource(strings = {"spawn", "threads"})
    void quietByDefault(String context) throws Exception {
        assertEquals("", run(context, "quiet"));
    }

    @Test
    void aChildJvmThatCannotStartIsAWarning() throws Exception {
        Path out = dir.resolve("badjvm.out");
        Path err = dir.resolve("badjvm.err");
        java.lang.Process jvm = new ProcessBuilder(JvmCommand.of(List.of(), Main.class.getName(), List.of("spawn", "badjvm")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        jvm.getOutputStream().close();
        assertTrue(jvm.waitFor(50, TimeUnit.SECONDS), "the JVM under test ended");
        String log = Files.readString(err);
        assertTrue(log.contains("[WARNING/MainProcess] the child JVM of Process-1 (pid "), log);
        assertTrue(log.contains("before it started the process"), log);
        assertEquals("exitcode 1", Files.readString(out).strip());
    }

    @Test
    void getLoggerIsDevMp4j() {
        assertEquals("dev.mp4j", Logging.getLogger().getName());
    }

    private String run(String context, String mode) throws IOException, InterruptedException {
        Path out = dir.resolve(context + "-" + mode + ".out");
        Path err = dir.resolve(context + "-" + mode + ".err");
        List<String> command = JvmCommand.of(List.of(), Main.class.getName(), List.of(context, mode));
        java.lang.Process jvm = new ProcessBuilder(command)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        jvm.getOutputStream().close();
        assertTrue(jvm.waitFor(50, TimeUnit.SECONDS), "the JVM under test ended");
        assertEquals(0, jvm.exitValue(), Files.readString(err));
        assertEquals("exitcode 3", Files.readString(out).strip());
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
