package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The lesson of seed 001_37051180ac11844a.txt ("What Happens Without Lock?") told with one
 * synchronized {@code Value}: Python's {@code value.value += 1} is not atomic even though
 * the Value has a lock, because the read and the write each take it separately. Four
 * processes increment three Values three ways:
 *
 * <pre>
 * value.set(value.get() + 1):               31873 of 40000 (8127 lost)
 * same, holding value.getLock() around it:  40000 of 40000 (0 lost)
 * value.incrementAndGet():                  40000 of 40000 (0 lost)
 * </pre>
 *
 * The first line's count varies from run to run (and may, rarely, lose nothing); the others
 * never lose an update. The optional argument is the count per process (default 10000).
 */
final class ValueNotAtomic implements Example {

    static final int PROCESSES = 4;
    static final int DEFAULT_COUNT = 10_000;

    /** One way of adding one. */
    private interface Increment extends java.io.Serializable {
        void apply(Value<Integer> value);
    }

    @Override
    public String name() {
        return "value-not-atomic";
    }

    @Override
    public String description() {
        return "value += 1 is not atomic even on a synchronized Value; getLock() fixes it [count]";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        int count = ExampleArguments.count(this, args, DEFAULT_COUNT);
        report("value.set(value.get() + 1):", context, count, v -> v.set(v.get() + 1));
        report("same, holding value.getLock() around it:", context, count, v -> {
            try (var _ = v.getLock().hold()) {           // with value.get_lock():
                v.set(v.get() + 1);                      //     value.value += 1
            }
        });
        report("value.incrementAndGet():", context, count, Value::incrementAndGet);
    }

    private static void report(String label, Context context, int count, Increment increment) {
        Value<Integer> value = Value.ofInt(context, 0);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(new Process(context, () -> {
                for (int n = 0; n < count; n++) {
                    increment.apply(value);
                }
            }));
        }
        processes.forEach(Process::start);
        processes.forEach(Process::join);
        int expected = PROCESSES * count;
        System.out.printf("%-42s %d of %d (%d lost)%n", label, value.get(), expected, expected - value.get());
    }
}
