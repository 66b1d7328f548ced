package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Queue;
import java.util.List;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Contexts and start methods", the
 * {@code mp.set_start_method('spawn')} program: once the default context is set, the
 * no-context constructors ({@code new Queue<>()}, {@code new Process(target)}) use it; the
 * child puts {@code "hello"} and main prints it.
 *
 * <pre>
 * hello
 * </pre>
 *
 * {@code Context.setDefault} is Python's {@code set_start_method}; {@code -Dmp4j.context=spawn}
 * does the same from the command line. Python allows it once per program; mp4j lets it be
 * set again, and this example puts the previous default back when it ends, since the tour
 * runs other examples in the same JVM. See get-context for the explicit form.
 */
final class SetStartMethod implements Example {

    @Override
    public String name() {
        return "set-start-method";
    }

    @Override
    public String description() {
        return "Context.setDefault (set_start_method), then a no-context Queue and Process: the child's hello";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Context previous = Context.defaultContext();
        Context.setDefault(context);
        try {
            Queue<String> q = new Queue<>();
            Process p = new Process(() -> foo(q));
            p.start();
            System.out.println(q.get());
            p.join();
        } finally {
            Context.setDefault(previous);
        }
    }

    static void foo(Queue<String> q) {
        q.put("hello");
    }
}
