package dev.mp4j.examples;

import dev.mp4j.core.Context;
import java.util.List;

/**
 * Port of seed 003_13e04ca231a68c1a.txt, "Multiprocessing in Python Part 1", its first cell:
 * {@code print(mp.cpu_count())}, the number of CPUs this JVM may use.
 *
 * <pre>
 * 4
 * </pre>
 */
final class CpuCount implements Example {

    @Override
    public String name() {
        return "cpu-count";
    }

    @Override
    public String description() {
        return "Context.cpuCount() (cpu_count): the number of CPUs";
    }

    @Override
    public String seedFile() {
        return "003_13e04ca231a68c1a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        System.out.println(Context.cpuCount());
    }
}
