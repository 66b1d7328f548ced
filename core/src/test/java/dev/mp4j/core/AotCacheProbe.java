package dev.mp4j.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The program {@code AotCacheTest} runs in a JVM of its own, on a class path of jars: starts
 * one spawn process and prints whether that child JVM had an AOT cache mapped, as the child
 * itself reads in {@code /proc/self/maps}.
 */
public final class AotCacheProbe {

    private static final int MAPPED = 0;
    private static final int NOT_MAPPED = 3;

    private AotCacheProbe() {}

    public static void main(String[] args) {
        Process child = new Process(Context.spawn(), () -> Process.exit(cacheMapped() ? MAPPED : NOT_MAPPED));
        child.start();
        child.join();
        Integer code = child.exitCode();
        System.out.println(code == MAPPED ? "child: cache mapped" : code == NOT_MAPPED ? "child: no cache" : "child: exitcode " + code);
    }

    private static boolean cacheMapped() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/maps")).stream().anyMatch(line -> line.endsWith(".aot"));
    }
}
