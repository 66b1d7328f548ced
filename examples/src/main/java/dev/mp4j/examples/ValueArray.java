package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.Array;
import dev.mp4j.shared.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Sharing Data Between Processes: Using Value and
 * Array": four processes each add one to a shared {@code Value('i', 0)} under its lock and
 * to every element of a shared {@code Array('i', [1, 2, 3])}.
 *
 * <pre>
 * Shared value: 4
 * Shared array: [5, 6, 7]
 * </pre>
 *
 * The seed adds to the array without a lock, which can lose an update as any read followed by
 * a write can (see value-not-atomic); this port holds the array's own lock around the loop,
 * so the output is always the seed's.
 */
final class ValueArray implements Example {

    static final int PROCESSES = 4;

    @Override
    public String name() {
        return "value-array";
    }

    @Override
    public String description() {
        return "four processes add 1 to a shared Value and to each element of a shared Array";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Value<Integer> sharedValue = Value.ofInt(context, 0);             // Value('i', 0)
        Array<Integer> sharedArray = Array.of(context, 'i', List.of(1, 2, 3));   // Array('i', [1, 2, 3])
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(new Process(context, () -> incrementSharedValue(sharedValue, sharedArray)));
        }
        for (Process p : processes) {
            p.start();
        }
        for (Process p : processes) {
            p.join();
        }
        System.out.println("Shared value: " + sharedValue.get());
        System.out.println("Shared array: " + sharedArray.toList());
    }

    private static void incrementSharedValue(Value<Integer> sharedValue, Array<Integer> sharedArray) {
        try (var _ = sharedValue.getLock().hold()) {      // with shared_value.get_lock():
            sharedValue.set(sharedValue.get() + 1);
        }
        try (var _ = sharedArray.getLock().hold()) {
            for (int i = 0; i < sharedArray.length(); i++) {
                sharedArray.set(i, sharedArray.get(i) + 1);
            }
        }
    }
}
