package dev.mp4j.bench.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs mp4j's copies of the CPython peer benchmarks ({@link #SCRIPTS}, shipped in this jar)
 * with {@code python3}, one workload per run ({@code python3 <script> <method> <workload>},
 * a fresh interpreter each time), and reads its line {@code <method> <name> <figure> <unit>}.
 * Which script holds which workload is read once from each script's {@code --list}.
 *
 * <p>The scripts are extracted to a private temporary directory, because a {@code spawn} child
 * of CPython re-imports the main script by its path; {@link #close()} deletes them.
 */
final class CPythonRunner implements AutoCloseable {

    /** Every CPython script, each holding some rows' twins; an area adds its own at the end. */
    private static final List<String> SCRIPTS = List.of(
            "python_mp_bench.py",
            "python_shared_bench.py",
            "python_sync_bench.py",
            "python_queue_bench.py",
            "python_executor_bench.py",
            "python_pipe_bench.py",
            "python_manager_bench.py");
    /** The command line the scripts share, imported by each (and by their spawn children). */
    private static final String SHARED_MODULE = "workload_cli.py";
    private static final long TIMEOUT_MINUTES = 10;

    private final String version;
    private final Path dir;
    /** Script by workload name. */
    private final Map<String, String> scriptOf = new HashMap<>();

    private CPythonRunner(String version, Path dir) {
        this.version = version;
        this.dir = dir;
    }

    /** A runner, or {@code null} with the reason on stdout if {@code python3} cannot run. */
    static CPythonRunner find() throws IOException, InterruptedException {
        String version;
        try {
            java.lang.Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                System.out.println("# CPython side skipped: python3 --version failed: " + version);
                return null;
            }
        } catch (IOException e) {
            System.out.println("# CPython side skipped: python3 not found on PATH (" + e.getMessage() + ")");
            return null;
        }
        CPythonRunner runner = new CPythonRunner(version, Files.createTempDirectory("mp4j-bench-"));
        try {
            for (String file : Stream.concat(SCRIPTS.stream(), Stream.of(SHARED_MODULE)).toList()) {
                runner.extract(file);
            }
            for (String script : SCRIPTS) {
                for (String name : runner.lines(script, "--list")) {
                    String before = runner.scriptOf.putIfAbsent(name.strip(), script);
                    if (before != null) {
                        throw new IllegalStateException("workload " + name + " is in both " + before + " and " + script);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            runner.close();
            throw e;
        }
        return runner;
    }

    private void extract(String file) throws IOException {
        try (InputStream in = CPythonRunner.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the class path");
            }
            Files.copy(in, dir.resolve(file));
        }
    }

    /** {@code Python 3.x.y}. */
    String version() {
        return version;
    }

    /** Whether some script has the workload {@code name}. */
    boolean has(String name) {
        return scriptOf.containsKey(name);
    }

    /**
     * Runs the workload {@code name} once with start method {@code method} ({@code spawn} or
     * {@code fork}).
     *
     * @return its figure, or {@code null} with the reason on stdout if the run failed
     */
    Double runOnce(String method, String name) throws IOException, InterruptedException {
        String script = scriptOf.get(name);
        if (script == null) {
            throw new IllegalArgumentException("no CPython script has a workload named " + name);
        }
        List<String> lines = lines(script, method, name);
        for (String line : lines) {
            String[] f = line.strip().split(" ", 4);
            if (f.length == 4 && f[0].equals(method) && f[1].equals(name)) {
                try {
                    return Double.parseDouble(f[2]);
                } catch (NumberFormatException e) {
                    System.out.println("# CPython line not understood: " + line);
                    return null;
                }
            }
        }
        System.out.println("# CPython " + script + " " + method + " " + name + " printed no figure");
        return null;
    }

    /** The stdout lines of {@code python3 <script> <args>}; empty, with the reason on stdout, on failure. */
    private List<String> lines(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", dir.resolve(script).toString()));
        command.addAll(List.of(args));
        String what = "CPython " + script + " " + String.join(" ", args);
        // Output to a file, so that a hung run cannot block the reader past the timeout.
        Path out = dir.resolve(script + ".out");
        java.lang.Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        p.getOutputStream().close();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            System.out.println("# " + what + " timed out after " + TIMEOUT_MINUTES + " minutes");
            return List.of();
        }
        if (p.exitValue() != 0) {
            System.out.println("# " + what + " failed with exit code " + p.exitValue());
            return List.of();
        }
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    /** Deletes the extracted scripts and whatever the run left beside it. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code spawn} rows compare with CPython's spawn; {@code threads} rows with its fork. */
    static String methodFor(String context) {
        return context.equals("spawn") ? "spawn" : "fork";
    }
}
