package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.Value;
import dev.mp4j.sync.Lock;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Example With Lock": the four processes of
 * {@link ValueRace} increment the shared value while holding one {@link Lock}
 * (Python's {@code with lock:}), so no update is lost.
 *
 * <pre>
 * Final value: 4000
 * </pre>
 *
 * The optional argument is the count per process; the final value is always four times it.
 */
final class ValueLock implements Example {

    @Override
    public String name() {
        return "value-lock";
    }

    @Override
    public String description() {
        return "the same increments, each under a Lock: the final value is always 4000 [count]";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        int count = ExampleArguments.count(this, args, ValueRace.DEFAULT_COUNT);
        Value<Integer> sharedValue = Value.ofInt(context, 0);
        Lock lock = new Lock(context);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < ValueRace.PROCESSES; i++) {
            processes.add(new Process(context, () -> increment(sharedValue, lock, count)));
        }
        for (Process p : processes) {
            p.start();
        }
        for (Process p : processes) {
            p.join();
        }
        System.out.println("Final value: " + sharedValue.get());
    }

    private static void increment(Value<Integer> sharedVar, Lock lock, int count) {
        for (int i = 0; i < count; i++) {
            try (var _ = lock.hold()) {   // only one process increments at a time
                sharedVar.set(sharedVar.get() + 1);
            }
        }
    }
}
