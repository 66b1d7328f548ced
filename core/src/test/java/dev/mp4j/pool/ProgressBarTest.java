package dev.mp4j.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void rendersBarCountsRateAndEta() {
        ProgressBar bar = new ProgressBar("squares", new PrintStream(new ByteArrayOutputStream()), false);
        assertEquals("squares [##########..........]  50%  500/1000  failed 2  500.0/s  ETA 0:00:01",
                bar.render(500, 1000, 2, 1_000_000_000L));
        assertEquals("squares 7/?  failed 0  7.0/s", bar.render(7, -1, 0, 1_000_000_000L));
    }

    @Test
    void plainOutputPrintsALinePerTenth() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar("job", new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        for (int done = 1; done <= 100; done++) {
            bar.progress(done, 100, 0);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(11, lines.length); // 0%, 10%, ..., 100%
        assertTrue(lines[10].contains("100%"), lines[10]);
        assertTrue(!bytes.toString(StandardCharsets.UTF_8).contains("\r"));
    }

    @Test
    void terminalOutputRedrawsInPlaceAndEndsTheLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar("job", new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        bar.progress(1, 2, 0);
        bar.progress(2, 2, 0);
        String s = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\rjob ["), s);
        assertTrue(s.endsWith("\n") && s.contains("100%"), s);
    }
}
