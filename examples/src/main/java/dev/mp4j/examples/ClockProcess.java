package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.io.Serial;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Usage: Subclass Process and Create Subclass Instance":
 * a {@code Process} subclass that overrides {@code run()} and prints the time five times.
 *
 * <pre>
 * the time is Thu Dec  3 06:59:01 2026
 * ... (five lines, 0.3 s apart)
 * </pre>
 */
final class ClockProcess implements Example {

    /** Python's {@code time.ctime()} format. */
    private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);

    /** The seed's subclass: its fields travel with it to a child JVM. */
    static final class Clock extends Process {
        @Serial
        private static final long serialVersionUID = 1L;

        private final Duration interval;

        Clock(Context context, Duration interval) {
            super(context);
            this.interval = interval;
        }

        @Override
        public void run() throws InterruptedException {
            for (int n = 5; n > 0; n--) {
                System.out.println("the time is " + LocalDateTime.now().format(CTIME));
                Thread.sleep(interval);
            }
        }
    }

    @Override
    public String name() {
        return "clock-process";
    }

    @Override
    public String description() {
        return "a Process subclass overrides run() and prints the time five times";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Process p = new Clock(context, Duration.ofMillis(300)); // the seed's interval is 3 s
        p.start();
        // The seed ends without a join (Python joins non-daemon children at exit); the port
        // joins, as an example must return once its workers have ended.
        p.join();
    }
}
