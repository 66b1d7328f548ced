package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Parallel Image Processing": each task reads one
 * JPEG, resizes it to 100x100 and writes the result. The seed leaves the PIL calls commented
 * out; the port does the work with {@code javax.imageio} and {@code java.awt.image} (no
 * window system needed), on three images it draws in a temporary folder of its own, which it
 * removes at the end.
 *
 * <pre>
 * [Resized img1.jpg, Resized img2.jpg, Resized img3.jpg]
 * </pre>
 */
final class PoolImages implements Example {

    /** One task: read {@code input}, write it resized to width x height as {@code output} (Python: a tuple). */
    record Resize(String input, String output, int width, int height) implements Serializable {}

    @Override
    public String name() {
        return "pool-images";
    }

    @Override
    public String description() {
        return "three JPEGs resized to 100x100, one per task";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    /** Resizes a single image. */
    static String resizeImage(Resize args) throws IOException {
        Path input = Path.of(args.input());
        BufferedImage image = ImageIO.read(input.toFile());
        if (image == null) {
            throw new IOException("not an image: " + input);
        }
        BufferedImage resized = new BufferedImage(args.width(), args.height(), image.getType());
        AffineTransform scale = AffineTransform.getScaleInstance(
                (double) args.width() / image.getWidth(), (double) args.height() / image.getHeight());
        new AffineTransformOp(scale, AffineTransformOp.TYPE_BILINEAR).filter(image, resized);
        if (!ImageIO.write(resized, "jpg", Path.of(args.output()).toFile())) {
            throw new IOException("no JPEG writer");
        }
        // The seed names its files by relative paths; these live in a temporary folder.
        return "Resized " + input.getFileName();
    }

    @Override
    public void run(Context context, List<String> args) throws IOException {
        ExampleArguments.none(this, args);
        Path dir = Files.createTempDirectory("mp4j-pool-images");
        try {
            List<Resize> images = List.of(
                    new Resize(draw(dir.resolve("img1.jpg"), 640, 480), dir.resolve("out1.jpg").toString(), 100, 100),
                    new Resize(draw(dir.resolve("img2.jpg"), 800, 600), dir.resolve("out2.jpg").toString(), 100, 100),
                    new Resize(draw(dir.resolve("img3.jpg"), 300, 200), dir.resolve("out3.jpg").toString(), 100, 100));
            List<String> results;
            try (Pool pool = new Pool(context)) {
                results = pool.map(PoolImages::resizeImage, images);
            }
            System.out.println(results);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Writes a width x height JPEG of colour gradients to {@code file}; returns its path. */
    private static String draw(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (255 * x / width) << 16 | (255 * y / height) << 8 | 128);
            }
        }
        if (!ImageIO.write(image, "jpg", file.toFile())) {
            throw new IOException("no JPEG writer");
        }
        return file.toString();
    }
}
