package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.sync.Lock;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Synchronization between processes": ten
 * processes print {@code hello world i}, each holding one shared {@link Lock} while it
 * prints, so no two lines mix.
 *
 * <pre>
 * hello world 1
 * hello world 0
 * hello world 2
 * ...
 * </pre>
 *
 * The seed does not join its processes (Python waits for non-daemon children at exit);
 * the port joins them, so the example ends when the last line is out.
 */
final class LockPrint implements Example {

    @Override
    public String name() {
        return "lock-print";
    }

    @Override
    public String description() {
        return "ten processes print 'hello world i', one at a time under a shared Lock";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Lock lock = new Lock(context);
        List<Process> processes = new ArrayList<>();
        for (int num = 0; num < 10; num++) {
            int i = num;
            Process p = new Process(context, () -> f(lock, i));
            processes.add(p);
            p.start();
        }
        for (Process p : processes) {
            p.join();
        }
    }

    private static void f(Lock l, int i) {
        l.acquire();
        try {
            System.out.println("hello world " + i);
        } finally {
            l.release();
        }
    }
}
