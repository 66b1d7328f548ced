package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Queue;
import java.util.List;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Contexts and start methods", the
 * {@code ctx = mp.get_context('spawn')} program: the context object makes the Queue and the
 * Process, leaving the default alone; the child puts {@code "hello"} and main prints it.
 *
 * <pre>
 * hello
 * </pre>
 *
 * {@code Context.byName(name)} is Python's {@code get_context(name)}; the example asks for
 * the context given with {@code --context}. Several contexts can be used in one program.
 */
final class GetContext implements Example {

    @Override
    public String name() {
        return "get-context";
    }

    @Override
    public String description() {
        return "Context.byName (get_context) makes a Queue and a Process without touching the default: the child's hello";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Context ctx = Context.byName(context.name());
        Queue<String> q = new Queue<>(ctx);
        Process p = new Process(ctx, () -> SetStartMethod.foo(q));
        p.start();
        System.out.println(q.get());
        p.join();
    }
}
