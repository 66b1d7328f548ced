package dev.mp4j.core.internal.spawn;

import dev.mp4j.core.internal.Log;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;

/**
 * The JDK AOT cache of child JVMs (JEP 483/514/515: classes loaded and linked, lambda forms
 * and method profiles of a training run), so that a child boots and reaches compiled code
 * sooner.
 *
 * <p><b>Where.</b> One file per (java.home and JVM build, class path, child flags), in
 * {@code $XDG_CACHE_HOME/mp4j}, else {@code ~/.cache/mp4j}: {@code child-<key>-<content>.aot},
 * where {@code key} hashes the first three and {@code content} the size and modification
 * time of every jar. A jar that changes gives a new name; the build of the new file deletes
 * the files of the same key, so the directory holds one cache per class path.
 *
 * <p><b>When.</b> A child launched while its cache is missing runs without one and starts
 * its build: a detached builder JVM ({@link #MAIN} {@code build}) runs the training JVM
 * ({@link #MAIN} {@code train}, a child's whole life in one JVM) with
 * {@code -XX:AOTCacheOutput}, and moves the result to its name atomically, so no child
 * maps a half-written file. Its output goes nowhere, it holds a lock file so that one build
 * runs at a time across JVMs, it is bounded in time, and it outlives a short program that
 * started it, so the next run has the cache. A build that failed leaves a {@code .failed}
 * mark, and is not tried again for that content.
 *
 * <p><b>Not used</b> when {@code -Dmp4j.aotCache=false}; when the class path holds a
 * directory or a jar whose manifest names more (the JVM caches classes of jars only); with a
 * module path; when the user's child options set sharing themselves; or when the cache
 * directory cannot be written. The JVM checks a cache it maps against its own class path and
 * flags and ignores one that does not match; {@code -Xlog:aot*=off} keeps that quiet.
 */
public final class AotCache {

    public static final String PROPERTY = "mp4j.aotCache";
    /** The main class of both the builder and the training JVM. */
    public static final String MAIN = "dev.mp4j.core.AotTraining";
    /** Raised when what a cache holds or how it is named changes. */
    private static final String FORMAT = "1";
    private static final List<String> OWN_SHARING_OPTIONS = List.of(
            "-XX:AOTCache", "-XX:AOTMode", "-XX:AOTCacheOutput", "-XX:AOTConfiguration", "-Xshare",
            "-XX:SharedArchiveFile", "-XX:+AutoCreateSharedArchive", "-XX:ArchiveClassesAtExit");
    private static final List<String> QUIET = List.of("-Xlog:aot*=off", "-Xlog:cds*=off");
    /** A build is no child whose start-up is measured. */
    private static final String NOT_MEASURED = "-D" + StartupPhases.PROPERTY + "=";
    private static final Set<Path> STARTED = ConcurrentHashMap.newKeySet();
    private static final Map<List<String>, Optional<Path>> LOCATED = new ConcurrentHashMap<>();

    private AotCache() {}

    /**
     * The options that make a child with {@code userOptions} map its cache, or none; starts
     * building the cache if it is missing.
     */
    public static List<String> childOptions(List<String> userOptions) {
        Optional<Path> file = file(userOptions);
        if (file.isEmpty()) {
            return List.of();
        }
        Path cache = file.get();
        if (Files.isRegularFile(cache)) {
            List<String> options = new ArrayList<>(QUIET);
            options.add("-XX:AOTCache=" + cache);
            return options;
        }
        if (!Files.exists(failedMark(cache)) && STARTED.add(cache)) {
            startBuild(cache, userOptions);
        }
        return List.of();
    }

    /** Where the cache of children with {@code userOptions} is, if they may have one. */
    public static Optional<Path> file(List<String> userOptions) {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").strip())) {
            return Optional.empty();
        }
        // Once per list of options: the jars are this JVM's own, and reading their manifests,
        // sizes and times again at every start would only cost the start.
        return LOCATED.computeIfAbsent(List.copyOf(userOptions), AotCache::locate);
    }

    private static Optional<Path> locate(List<String> userOptions) {
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isEmpty()) {
            return Optional.empty();
        }
        for (String option : userOptions) {
            if (OWN_SHARING_OPTIONS.stream().anyMatch(option::startsWith)) {
                return Optional.empty();
            }
        }
        List<Path> jars = jars();
        if (jars.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder(FORMAT).append('\n')
                .append(System.getProperty("java.home")).append('\n')
                .append(System.getProperty("java.vm.version")).append('\n')
                .append(System.getProperty("java.class.path")).append('\n');
        JvmCommand.WORKER_FLAGS.forEach(f -> key.append(f).append(' '));
        userOptions.forEach(o -> key.append(o).append(' '));
        StringBuilder content = new StringBuilder(FORMAT);
        try {
            for (Path jar : jars) {
                content.append('\n').append(jar).append(' ').append(Files.size(jar)).append(' ')
                        .append(Files.getLastModifiedTime(jar).toMillis());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        Path dir = directory();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            Log.log(null, System.Logger.Level.DEBUG, "no AOT cache for child JVMs: cannot make " + dir + ": " + e);
            return Optional.empty();
        }
        if (!Files.isWritable(dir)) {
            return Optional.empty();
        }
        return Optional.of(dir.resolve("child-" + hash(key) + "-" + hash(content) + ".aot"));
    }

    /** The cache directory: {@code $XDG_CACHE_HOME/mp4j}, else {@code ~/.cache/mp4j}. */
    static Path directory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("mp4j");
    }

    /** The class path's entries, if all are jars the JVM can cache from; else none. */
    private static List<Path> jars() {
        String classPath = System.getProperty("java.class.path", "");
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path jar = Path.of(entry).toAbsolutePath();
            if (!Files.isRegularFile(jar) || !namesNoMore(jar)) {
                return List.of();
            }
            jars.add(jar);
        }
        return jars;
    }

    private static boolean namesNoMore(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            return manifest == null || manifest.getMainAttributes().getValue("Class-Path") == null;
        } catch (IOException e) {
            return false;
        }
    }

    static Path failedMark(Path cache) {
        return cache.resolveSibling(cache.getFileName() + ".failed");
    }

    /** Launches the builder, detached: it is not a child of this process's life. */
    private static void startBuild(Path cache, List<String> userOptions) {
        List<String> args = new ArrayList<>(List.of("build", cache.toString()));
        args.addAll(userOptions);
        List<String> command = JvmCommand.of(List.of(NOT_MEASURED), MAIN, args);
        try {
            new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Log.log(null, System.Logger.Level.DEBUG, "building the AOT cache of child JVMs: " + cache);
        } catch (IOException e) {
            Log.log(null, System.Logger.Level.DEBUG, "cannot build the AOT cache of child JVMs: " + e);
        }
    }

    /** The command of the training JVM that writes {@code output}. */
    public static List<String> trainingCommand(Path output, List<String> userOptions) {
        List<String> options = new ArrayList<>(userOptions);
        options.add(NOT_MEASURED);
        options.addAll(QUIET);
        options.add("-XX:AOTCacheOutput=" + output);
        return JvmCommand.of(options, MAIN, List.of("train"));
    }

    private static String hash(CharSequence text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("SHA-256 is in every JDK", e);
        }
    }
}
