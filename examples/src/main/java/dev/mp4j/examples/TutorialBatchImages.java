package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.MapOptions;
import dev.mp4j.pool.Pool;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, pool_tutorial.py's eleventh demo, "ADVANCED:
 * Real-World Example - Batch Processing": fifty images through {@code imapUnordered} with
 * chunksize 5 on a pool of cpu_count workers. The seed only sleeps and makes sizes up; the
 * port really does the work: it draws fifty PNGs in a temporary folder, and each task reads
 * one, resizes it, blurs it and writes it compressed as a JPEG. The folder is removed at the end.
 *
 * <pre>
 * Processing 50 images...
 * ✓ Processed 50 images in 1.21s
 *  Total size: 48.3 KB
 *  Average size: 0.97 KB
 *  Throughput: 41.3 images/sec
 * </pre>
 */
final class TutorialBatchImages implements Example {

    private static final List<String> OPERATIONS = List.of("resize", "filter", "compress");

    /** What a task did with one image (the seed's dict). */
    record Processed(String id, List<String> operations, double sizeKb, String status) implements Serializable {}

    @Override
    public String name() {
        return "tutorial-batch-images";
    }

    @Override
    public String description() {
        return "fifty generated images resized, blurred and compressed by imapUnordered(chunksize=5)";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    static Processed processImage(String folder, String imageId) throws IOException {
        BufferedImage original = ImageIO.read(Path.of(folder, imageId + ".png").toFile());
        BufferedImage resized = new BufferedImage(original.getWidth() / 2, original.getHeight() / 2,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = resized.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(original, 0, 0, resized.getWidth(), resized.getHeight(), null);
        } finally {
            g.dispose();
        }
        float[] box = new float[9];
        Arrays.fill(box, 1f / 9);
        BufferedImage filtered = new ConvolveOp(new Kernel(3, 3, box), ConvolveOp.EDGE_NO_OP, null)
                .filter(resized, null);
        Path out = Path.of(folder, imageId + ".jpg");
        if (!ImageIO.write(filtered, "jpg", out.toFile())) {
            throw new IOException("no JPEG writer");
        }
        return new Processed(imageId, OPERATIONS, Files.size(out) / 1024.0, "success");
    }

    @Override
    public void run(Context context, List<String> args) throws IOException {
        ExampleArguments.none(this, args);
        List<String> imageIds = IntStream.range(0, 50).mapToObj(i -> "IMG_%04d".formatted(i)).toList();
        Path folder = Files.createTempDirectory("mp4j-images-");
        try {
            for (int i = 0; i < imageIds.size(); i++) {
                ImageIO.write(drawn(i), "png", folder.resolve(imageIds.get(i) + ".png").toFile());
            }
            String where = folder.toString();
            System.out.println("Processing " + imageIds.size() + " images...");
            long start = System.nanoTime();
            List<Processed> results = new ArrayList<>();
            try (Pool pool = new Pool(context, Context.cpuCount())) {
                for (Processed p : pool.imapUnordered((String id) -> processImage(where, id), imageIds,
                        MapOptions.defaults().chunksize(5)).asIterable()) {
                    results.add(p);
                }
            }
            double elapsed = TutorialSpeedup.secondsSince(start);
            double totalSize = results.stream().mapToDouble(Processed::sizeKb).sum();
            System.out.printf("✓ Processed %d images in %.2fs%n", results.size(), elapsed);
            System.out.printf(" Total size: %.1f KB%n", totalSize);
            System.out.printf(" Average size: %.2f KB%n", totalSize / results.size());
            System.out.printf(" Throughput: %.1f images/sec%n", results.size() / elapsed);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(TutorialBatchImages::delete);
            }
        }
    }

    /** A 240x160 picture of rings, different for each {@code seed}. */
    private static BufferedImage drawn(int seed) {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int ring = (int) Math.hypot(x - 120, y - 80) / (4 + seed % 7);
                image.setRGB(x, y, (ring % 2 == 0 ? 0xff8800 : 0x0044cc) ^ (seed * 0x010203));
            }
        }
        return image;
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
