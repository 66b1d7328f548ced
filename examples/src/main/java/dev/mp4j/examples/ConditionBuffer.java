package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.RawValue;
import dev.mp4j.sync.Condition;
import dev.mp4j.sync.Held;
import dev.mp4j.sync.Lock;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A bounded buffer on a {@link Condition} (Python's {@code Condition} with
 * {@code wait_for}, which seed 002_ed2128a47af50195.txt lists): two producers put 6 items
 * each into a ring of 3 shared slots, two consumers take 6 each; a producer waits while the
 * buffer is full, a consumer while it is empty. Two conditions share one {@link Lock}.
 *
 * <pre>
 * producer 0 put 0 (size 1)
 * producer 1 put 100 (size 2)
 * consumer 0 got 0 (size 1)
 * ...
 * 12 items produced, 12 consumed, sum 630
 * </pre>
 */
final class ConditionBuffer implements Example {

    static final int CAPACITY = 3;
    static final int PER_WORKER = 6;

    @Override
    public String name() {
        return "condition-buffer";
    }

    @Override
    public String description() {
        return "producers and consumers on a bounded buffer of 3 slots, with two Conditions on one Lock";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    /** The buffer: a ring of shared slots, read and written only under the lock. */
    record Buffer(Condition notFull, Condition notEmpty, List<RawValue<Integer>> slots,
                  RawValue<Integer> head, RawValue<Integer> size, RawValue<Long> sum) implements Serializable {

        static Buffer of(Context context) {
            Lock lock = new Lock(context);
            List<RawValue<Integer>> slots = new ArrayList<>();
            for (int i = 0; i < CAPACITY; i++) {
                slots.add(RawValue.ofInt(context, 0));
            }
            return new Buffer(new Condition(lock), new Condition(lock), List.copyOf(slots),
                    RawValue.ofInt(context, 0), RawValue.ofInt(context, 0), RawValue.ofLong(context, 0));
        }

        void put(String who, int item) {
            try (Held ignored = notFull.hold()) {
                notFull.waitFor(() -> size.get() < CAPACITY);
                slots.get((head.get() + size.get()) % CAPACITY).set(item);
                size.set(size.get() + 1);
                System.out.println(who + " put " + item + " (size " + size.get() + ")");
                notEmpty.signal();
            }
        }

        int take(String who) {
            try (Held ignored = notEmpty.hold()) {
                notEmpty.waitFor(() -> size.get() > 0);
                int item = slots.get(head.get()).get();
                head.set((head.get() + 1) % CAPACITY);
                size.set(size.get() - 1);
                sum.set(sum.get() + item);
                System.out.println(who + " got " + item + " (size " + size.get() + ")");
                notFull.signal();
                return item;
            }
        }
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Buffer buffer = Buffer.of(context);
        List<Process> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int id = w;
            workers.add(new Process(context, () -> {
                for (int i = 0; i < PER_WORKER; i++) {
                    buffer.put("producer " + id, id * 100 + i);
                }
            }));
            workers.add(new Process(context, () -> {
                for (int i = 0; i < PER_WORKER; i++) {
                    buffer.take("consumer " + id);
                }
            }));
        }
        workers.forEach(Process::start);
        workers.forEach(Process::join);
        int total = 2 * PER_WORKER;
        System.out.println(total + " items produced, " + total + " consumed, sum " + buffer.sum().get());
    }
}
