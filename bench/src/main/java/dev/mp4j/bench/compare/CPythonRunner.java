package dev.mp4j.bench.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs mp4j's copies of the CPython peer benchmarks ({@link #SCRIPTS}, shipped in this jar)
 * with {@code python3}, one after the other, and reads their lines
 * {@code <method> <name> <figure> <unit>}.
 *
 * <p>The scripts are extracted to a private temporary directory, because a {@code spawn} child
 * of CPython re-imports the main script by its path; {@link #close()} deletes them.
 */
final class CPythonRunner implements AutoCloseable {

    /** Every CPython script, each printing some rows' figures; an area adds its own at the end. */
    private static final List<String> SCRIPTS = List.of(
            "python_mp_bench.py",
            "python_shared_bench.py",
            "python_sync_bench.py",
            "python_queue_bench.py");
    private static final long TIMEOUT_MINUTES = 15;

    private final String version;
    private final Path dir;

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
        Path dir = Files.createTempDirectory("mp4j-bench-");
        CPythonRunner runner = new CPythonRunner(version, dir);
        for (String script : SCRIPTS) {
            try (InputStream in = CPythonRunner.class.getResourceAsStream("/" + script)) {
                if (in == null) {
                    throw new IllegalStateException(script + " is missing from the class path");
                }
                Files.copy(in, dir.resolve(script));
            } catch (IOException | RuntimeException e) {
                runner.close();
                throw e;
            }
        }
        return runner;
    }

    /** {@code Python 3.x.y}. */
    String version() {
        return version;
    }

    /**
     * Runs every script with start method {@code method} ({@code spawn} or {@code fork}).
     *
     * @return figure by workload name, over all scripts; a script whose run failed adds
     *     nothing, with the reason on stdout
     */
    Map<String, Double> run(String method) throws IOException, InterruptedException {
        Map<String, Double> figures = new HashMap<>();
        for (String script : SCRIPTS) {
            figures.putAll(run(script, method));
        }
        return figures;
    }

    private Map<String, Double> run(String scriptName, String method) throws IOException, InterruptedException {
        Path script = dir.resolve(scriptName);
        // Output to a file, so that a hung run cannot block the reader past the timeout.
        Path out = dir.resolve(scriptName + "." + method + ".out");
        java.lang.Process p = new ProcessBuilder("python3", script.toString(), method)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        p.getOutputStream().close();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            System.out.println("# CPython " + scriptName + " " + method + " run timed out after " + TIMEOUT_MINUTES + " minutes");
            return Map.of();
        }
        if (p.exitValue() != 0) {
            System.out.println("# CPython " + scriptName + " " + method + " run failed with exit code " + p.exitValue());
            return Map.of();
        }
        Map<String, Double> figures = new HashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            String[] f = line.strip().split(" ", 4);
            if (f.length == 4 && f[0].equals(method)) {
                try {
                    figures.put(f[1], Double.parseDouble(f[2]));
                } catch (NumberFormatException e) {
                    System.out.println("# CPython line not understood: " + line);
                }
            }
        }
        return figures;
    }

    /** Deletes the extracted script and whatever the run left beside it. */
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

    /** The start methods whose output the rows of {@code contexts} compare with. */
    static List<String> methodsFor(List<String> contexts) {
        return contexts.stream().map(CPythonRunner::methodFor).distinct().toList();
    }

    /** {@code spawn} rows compare with CPython's spawn; {@code threads} rows with its fork. */
    static String methodFor(String context) {
        return context.equals("spawn") ? "spawn" : "fork";
    }
}
