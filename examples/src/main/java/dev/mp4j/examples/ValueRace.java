package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Example Without Lock": four processes add one
 * to a shared {@code Value('i', 0)} a thousand times each, without holding a lock, and
 * some increments are lost.
 *
 * <pre>
 * Final value: 2719
 * Expected: 4000
 * Lost updates: 1281
 * ...why...
 * </pre>
 *
 * The optional argument is the count per process ({@code value-race --context=spawn 100000}):
 * child JVMs start a few milliseconds apart, so with the seed's thousand increments one may
 * finish before the next begins and nothing is lost.
 */
final class ValueRace implements Example {

    static final int PROCESSES = 4;
    static final int DEFAULT_COUNT = 1000;

    @Override
    public String name() {
        return "value-race";
    }

    @Override
    public String description() {
        return "four processes increment a shared Value without a lock and lose updates [count]";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        int count = ExampleArguments.count(this, args, DEFAULT_COUNT);
        Value<Integer> sharedValue = Value.ofInt(context, 0);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(new Process(context, () -> increment(sharedValue, count)));
        }
        for (Process p : processes) {
            p.start();
        }
        for (Process p : processes) {
            p.join();
        }
        int finalValue = sharedValue.get();
        int expected = PROCESSES * count;
        System.out.println("Final value: " + finalValue);
        System.out.println("Expected: " + expected);
        System.out.println("Lost updates: " + (expected - finalValue));
        System.out.println(explanation(expected - finalValue, context, count));
    }

    /** Python's {@code shared_var.value += 1}: a locked read, then a locked write, nothing between. */
    private static void increment(Value<Integer> sharedVar, int count) {
        for (int i = 0; i < count; i++) {
            sharedVar.set(sharedVar.get() + 1);
        }
    }

    private static String explanation(int lost, Context context, int count) {
        String why = """
                Why: sharedValue.set(sharedValue.get() + 1) is a read followed by a write. get() and
                set() each take the value's lock, but nothing holds it between them: two processes
                can read the same value, say 10, and both write 11, so one increment is lost.
                Hold one lock around the read and the write (see value-lock), or use the atomic
                sharedValue.incrementAndGet().""";
        if (lost > 0) {
            return why;
        }
        return why + "\nNo update was lost this time: the processes hardly overlapped. Try a larger count,"
                + " e.g. value-race --context=" + context.name() + " " + Math.max(count * 100, 100_000) + ".";
    }
}
