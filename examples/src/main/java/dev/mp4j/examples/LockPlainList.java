package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.sync.Lock;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Port of seed 001_37051180ac11844a.txt, "Example: Using Lock to Synchronize Access to Shared
 * Data": five processes increment {@code shared_count[0]} under a Lock. The seed says the count
 * ends at 5; in Python it ends at 0, because the list is not shared: each child process
 * increments its own copy. The port prints what really happens under each context.
 *
 * <pre>
 * Final shared count: 0      (spawn: every child JVM got a copy of the array)
 * Final shared count: 5      (threads: the workers share this JVM's array)
 * </pre>
 * and a line that says why. A shared {@code Value} ({@code value-lock}) is what the seed meant.
 */
final class LockPlainList implements Example {

    @Override
    public String name() {
        return "lock-plain-list";
    }

    @Override
    public String description() {
        return "a plain array is not shared between processes: the locked increments of child JVMs are lost";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    private static void safeIncrement(int[] sharedCount, Lock lock) {
        try (var _ = lock.hold()) {
            sharedCount[0] += 1;
        }
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        int[] sharedCount = {0}; // "shared" data, as the seed calls it
        Lock lock = new Lock(context);
        List<Process> processes = IntStream.range(0, 5)
                .mapToObj(_ -> new Process(context, () -> safeIncrement(sharedCount, lock))).toList();
        processes.forEach(Process::start);
        processes.forEach(Process::join);
        System.out.println("Final shared count: " + sharedCount[0]);
        System.out.println(context.kind() == Context.Kind.SPAWN
                ? "Each child JVM incremented its own copy of the array; use a shared Value (value-lock) to share it."
                : "The worker threads share this JVM's array, so the lock made their increments count.");
    }
}
