package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.RawValue;
import dev.mp4j.sync.Barrier;
import java.util.ArrayList;
import java.util.List;

/**
 * Workers that compute in phases and meet at a {@link Barrier} between them (Python's
 * {@code Barrier(parties, action)}, which seed 002_ed2128a47af50195.txt lists): the last
 * worker to arrive runs the action, which prints the end of the phase, before anyone starts
 * the next one.
 *
 * <pre>
 * worker 1: phase 1
 * worker 0: phase 1
 * worker 2: phase 1
 * === phase 1 done ===
 * worker 2: phase 2
 * ...
 * === phase 3 done ===
 * </pre>
 */
final class BarrierPhases implements Example {

    static final int WORKERS = 3;
    static final int PHASES = 3;

    @Override
    public String name() {
        return "barrier-phases";
    }

    @Override
    public String description() {
        return "three workers meet at a Barrier after each of three phases; its action prints each phase";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        RawValue<Integer> phase = RawValue.ofInt(context, 0);
        Barrier barrier = new Barrier(context, WORKERS,
                () -> System.out.println("=== phase " + phase.incrementAndGet() + " done ==="));
        List<Process> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int id = w;
            Process p = new Process(context, () -> {
                for (int k = 1; k <= PHASES; k++) {
                    System.out.println("worker " + id + ": phase " + k);
                    barrier.await();
                }
            });
            workers.add(p);
            p.start();
        }
        for (Process p : workers) {
            p.join();
        }
    }
}
