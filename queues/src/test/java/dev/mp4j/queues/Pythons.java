package dev.mp4j.queues;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The CPython interpreters this machine has, for interop tests: {@code python3} and
 * {@code python3.8} to {@code python3.14} on the PATH, then those pyenv installed
 * ({@code $PYENV_ROOT/versions/<v>/bin/python3}, {@code ~/.pyenv} by default), so the legacy
 * and the {sha256} handshakes are both covered where both kinds exist; or only the
 * comma-separated commands of {@code -Dmp4j.test.pythons}. Each version once, the first
 * command found for it, from 3.8 on (older ones are past their end of life).
 */
final class Pythons {

    /** One interpreter: its command and version. */
    record Python(String command, int major, int minor) {
        /** Whether its handshake is 3.12's {sha256} one, else the legacy HMAC-MD5 one. */
        boolean sha256() {
            return major > 3 || major == 3 && minor >= 12;
        }

        @Override
        public String toString() {
            return command + " (" + major + "." + minor + ")";
        }
    }

    private static final List<Python> FOUND = find();

    private Pythons() {}

    static List<Python> all() {
        return FOUND;
    }

    private static List<Python> find() {
        String configured = System.getProperty("mp4j.test.pythons");
        List<String> commands = configured == null ? candidates()
                : Arrays.stream(configured.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        List<Python> found = new ArrayList<>();
        Set<String> versions = new HashSet<>();
        for (String command : commands) {
            try {
                java.lang.Process p = new ProcessBuilder(command, "-c",
                        "import sys; print(sys.version_info[0], sys.version_info[1])").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.matches("3 (8|9|\\d\\d)") && versions.add(out)) {
                    String[] v = out.split(" ");
                    found.add(new Python(command, Integer.parseInt(v[0]), Integer.parseInt(v[1])));
                }
            } catch (IOException e) {
                // Not installed.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.copyOf(found);
    }

    /** The commands to try when none are configured: the PATH's, then pyenv's. */
    private static List<String> candidates() {
        List<String> commands = new ArrayList<>();
        commands.add("python3");
        for (int minor = 14; minor >= 8; minor--) {
            commands.add("python3." + minor);
        }
        String root = System.getenv("PYENV_ROOT");
        Path versions = (root != null && !root.isBlank() ? Path.of(root) : Path.of(System.getProperty("user.home"), ".pyenv"))
                .resolve("versions");
        try (Stream<Path> installed = Files.list(versions)) {
            installed.map(v -> v.resolve("bin").resolve("python3"))
                    .filter(Files::isExecutable)
                    .sorted()
                    .forEach(python -> commands.add(python.toString()));
        } catch (IOException e) {
            // No pyenv here.
        }
        return commands;
    }
}
