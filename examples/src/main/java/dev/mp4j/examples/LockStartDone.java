package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.sync.Lock;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Port of seed 001_37051180ac11844a.txt, "Process Synchronization with Locks": four processes
 * print two lines each under one Lock, so a process's two lines are never split by another's.
 *
 * <pre>
 * Process 0 is starting.
 * Process 0 is done.
 * Process 1 is starting.
 * Process 1 is done.
 * ...
 * </pre>
 * (the processes take turns in the order they get the lock)
 */
final class LockStartDone implements Example {

    @Override
    public String name() {
        return "lock-start-done";
    }

    @Override
    public String description() {
        return "four processes print 'starting' and 'done' under one Lock: the pairs never interleave";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    private static void worker(Lock lock, int i) {
        try (var _ = lock.hold()) {
            System.out.println("Process " + i + " is starting.");
            System.out.println("Process " + i + " is done.");
        }
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Lock lock = new Lock(context);
        // The seed starts every process and joins them all inside its start loop; a join of a
        // process not yet started is an error, so the port starts all, then joins all.
        List<Process> processes = IntStream.range(0, 4)
                .mapToObj(i -> new Process(context, () -> worker(lock, i))).toList();
        processes.forEach(Process::start);
        processes.forEach(Process::join);
    }
}
