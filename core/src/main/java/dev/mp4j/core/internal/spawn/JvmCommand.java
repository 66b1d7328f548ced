package dev.mp4j.core.internal.spawn;

import dev.mp4j.core.internal.shm.RuntimeDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM: the running JVM's own {@code java} binary (never the one
 * on PATH), its class path and module path, lean worker flags, the user's options, and the
 * child's main class with its control socket.
 */
public final class JvmCommand {

    /**
     * Flags that make a worker start fast and stay small; the user's options come after
     * them and win. C2 stays on: workers often run the heavy part of a program.
     */
    public static final List<String> WORKER_FLAGS = List.of(
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            "-Xss512k",
            "--enable-native-access=ALL-UNNAMED");

    private JvmCommand() {}

    /** The full command for a child running {@code mainClass} with {@code args}. */
    public static List<String> of(List<String> userOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary().toString());
        command.addAll(WORKER_FLAGS);
        // The resolved directory, not the property: a child must not compute another one
        // (a parent run with -Duser.name=..., or a temp dir that differs).
        command.add("-Dmp4j.runtimeDir=" + RuntimeDirectory.path());
        propagate(command, "mp4j.waiter");
        propagate(command, "mp4j.serialFilter");
        propagate(command, "mp4j.log");
        propagate(command, StartupPhases.PROPERTY);
        propagate(command, "mp4j.logBackend");
        propagate(command, "java.util.logging.config.file");
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isEmpty()) {
            command.add("--module-path");
            command.add(modulePath);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(userOptions);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** The {@code java} launcher of the running JVM. */
    public static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static void propagate(List<String> command, String property) {
        String value = System.getProperty(property);
        if (value != null) {
            command.add("-D" + property + "=" + value);
        }
    }
}
