package dev.mp4j.queues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The CPython interpreters this machine has, for interop tests: {@code python3},
 * {@code python3.13} and {@code python3.12} on the PATH, or the comma-separated commands of
 * {@code -Dmp4j.test.pythons}. Each version once.
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
        String configured = System.getProperty("mp4j.test.pythons", "python3,python3.13,python3.12");
        List<Python> found = new ArrayList<>();
        Set<String> versions = new HashSet<>();
        for (String command : Arrays.stream(configured.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList()) {
            try {
                java.lang.Process p = new ProcessBuilder(command, "-c",
                        "import sys; print(sys.version_info[0], sys.version_info[1])").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.matches("\\d+ \\d+") && versions.add(out)) {
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
}
