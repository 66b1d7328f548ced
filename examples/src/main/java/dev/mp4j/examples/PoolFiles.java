package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Parallel File Processing": word counts of the
 * {@code .txt} files of a folder, one file per task. The example writes three files to a
 * temporary folder of its own, and removes it at the end.
 *
 * <pre>
 * a.txt: 5 words
 * b.txt: 10 words
 * c.txt: 0 words
 * </pre>
 */
final class PoolFiles implements Example {

    /** A file and its word count (Python: the tuple {@code (filepath, word_count)}). */
    record Count(String file, int words) implements Serializable {}

    private static final Map<String, String> FILES = Map.of(
            "a.txt", "the quick brown fox jumps",
            "b.txt", "over the lazy dog\nand then it\nran far away",
            "c.txt", "");

    @Override
    public String name() {
        return "pool-files";
    }

    @Override
    public String description() {
        return "word counts of the files of a temporary folder, one file per task";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static Count processFile(String path) throws IOException {
        String content = Files.readString(Path.of(path)).strip();
        return new Count(Path.of(path).getFileName().toString(), content.isEmpty() ? 0 : content.split("\\s+").length);
    }

    @Override
    public void run(Context context, List<String> args) throws IOException {
        ExampleArguments.none(this, args);
        Path dir = Files.createTempDirectory("mp4j-pool-files");
        try {
            for (Map.Entry<String, String> f : FILES.entrySet()) {
                Files.writeString(dir.resolve(f.getKey()), f.getValue());
            }
            List<String> files;
            try (Stream<Path> listing = Files.list(dir)) {
                files = listing.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
            }
            List<Count> results;
            try (Pool pool = new Pool(context)) {
                results = pool.map(PoolFiles::processFile, files);
            }
            for (Count c : results) {
                System.out.println(c.file() + ": " + c.words() + " words");
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
