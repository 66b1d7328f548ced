package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Queue;
import java.util.Arrays;
import java.util.List;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Exchanging objects between processes",
 * "Queues": a child puts a list of an int, a null and a string on a {@link Queue}; main
 * prints what it gets.
 *
 * <pre>
 * [42, null, hello]
 * </pre>
 *
 * Python prints {@code [42, None, 'hello']}; the Java list prints its own way. Under spawn
 * the list crosses to the main JVM in the queue's compact encoding of plain values.
 */
final class QueueList implements Example {

    @Override
    public String name() {
        return "queue-list";
    }

    @Override
    public String description() {
        return "a child puts [42, null, \"hello\"] on a Queue and main prints it";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Queue<List<Object>> q = new Queue<>(context);
        Process p = new Process(context, () -> f(q));
        p.start();
        System.out.println(q.get()); // prints "[42, null, hello]"
        p.join();
    }

    private static void f(Queue<List<Object>> q) {
        q.put(Arrays.asList(42, null, "hello")); // List.of refuses null
    }
}
