package dev.mp4j.core.internal.spawn;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.AotCacheProbe;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AOT cache of child JVMs, end to end: a probe JVM on a class path of jars starts a
 * child, and the child reports whether it has the cache mapped. The cache directory is a
 * temporary {@code XDG_CACHE_HOME} of each test.
 */
@Timeout(240)
class AotCacheTest {

    private static final Duration BUILD = Duration.ofSeconds(150);

    @TempDir
    Path dir;

    private Path xdg;
    private Path cacheDir;
    private List<Path> classPath;
    /** The jar made of the test classes, and where they come from. */
    private Path testJar;
    private Path testClasses;

    @BeforeEach
    void jarOnlyClassPath() throws Exception {
        testClasses = Path.of(AotCacheProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        xdg = dir.resolve("xdg");
        cacheDir = xdg.resolve("mp4j");
        classPath = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = dir.resolve("classes-" + n++ + ".jar");
                jar(path, jar, false);
                classPath.add(jar);
                if (path.toAbsolutePath().equals(testClasses.toAbsolutePath())) {
                    testJar = jar;
                }
            } else if (Files.isRegularFile(path)) {
                classPath.add(path);
            }
        }
    }

    @Test
    void madeOnceInTheBackgroundThenMappedByEveryChild() throws Exception {
        assertEquals("child: no cache", probe(Map.of("XDG_CACHE_HOME", xdg.toString())), "the first child runs without");
        Path cache = awaitOneCache();
        FileTime made = Files.getLastModifiedTime(cache);

        assertEquals("child: cache mapped", probe(Map.of("XDG_CACHE_HOME", xdg.toString())));
        assertEquals("child: cache mapped", probe(Map.of("XDG_CACHE_HOME", xdg.toString())));
        assertEquals(made, Files.getLastModifiedTime(cache), "made once");
        assertEquals(List.of(cache), caches(), "one cache, no temporary file left");
    }

    @Test
    void aChangedJarGetsANewCacheAndTheOldOneIsDeleted() throws Exception {
        probe(Map.of("XDG_CACHE_HOME", xdg.toString()));
        Path old = awaitOneCache();

        // The probe's own classes, in the jar of the test classes, are rebuilt: a new size.
        jar(testClasses, testJar, true);

        assertEquals("child: no cache", probe(Map.of("XDG_CACHE_HOME", xdg.toString())), "a stale cache is not mapped");
        await().atMost(BUILD).until(() -> caches().size() == 1 && !caches().contains(old));
        assertEquals("child: cache mapped", probe(Map.of("XDG_CACHE_HOME", xdg.toString())));
    }

    @Test
    void anUnwritableCacheDirectoryIsIgnored() throws Exception {
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "x");
        assertEquals("child: no cache", probe(Map.of("XDG_CACHE_HOME", notADirectory.toString())),
                "the child runs, and nothing else is printed");
    }

    @Test
    void offWithTheProperty() throws Exception {
        assertEquals("child: no cache", probe(Map.of("XDG_CACHE_HOME", xdg.toString()), "-D" + AotCache.PROPERTY + "=false"));
        assertFalse(Files.exists(cacheDir), "not even the directory is made");
    }

    @Test
    void skippedWhenTheClassPathHoldsDirectories() {
        // This JVM's own class path has Maven's class directories.
        assertTrue(AotCache.file(List.of()).isEmpty());
    }

    @Test
    void skippedWhenTheUserSetsSharing() {
        assertTrue(AotCache.childOptions(List.of("-Xshare:off")).isEmpty());
    }

    private String probe(Map<String, String> environment, String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(JvmCommand.javaBinary().toString(), "--enable-native-access=ALL-UNNAMED"));
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(AotCacheProbe.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        java.lang.Process probe = builder.start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "the probe ends");
        assertEquals(0, probe.exitValue(), out);
        return out;
    }

    private Path awaitOneCache() throws IOException {
        await().atMost(BUILD).pollInterval(Duration.ofMillis(200)).until(() -> caches().size() == 1);
        // The builder is done once its lock is released and no temporary file is left.
        await().atMost(BUILD).until(() -> {
            try (Stream<Path> files = Files.list(cacheDir)) {
                return files.noneMatch(f -> f.getFileName().toString().contains(".tmp-"));
            }
        });
        List<Path> caches = caches();
        assertEquals(1, caches.size());
        assertNotEquals(0L, caches.getFirst().toFile().length());
        return caches.getFirst();
    }

    private List<Path> caches() throws IOException {
        if (!Files.isDirectory(cacheDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".lock")).sorted().toList();
        }
    }

    /** Jars the files under {@code classes}; {@code extra} adds one entry, so the jar differs. */
    private static void jar(Path classes, Path jar, boolean extra) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, jarOut);
                jarOut.closeEntry();
            }
            if (extra) {
                jarOut.putNextEntry(new JarEntry("changed.txt"));
                jarOut.write(1);
                jarOut.closeEntry();
            }
        }
    }
}
