package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Queue;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "5. Communication Between Processes", "Example:
 * Using a Queue": a producer puts five messages and then {@code null} (Python's
 * {@code None}) to signal the end; a consumer, running at the same time, prints messages
 * until it takes the {@code null}.
 *
 * <pre>
 * Received: Message 0
 * Received: Message 1
 * Received: Message 2
 * Received: Message 3
 * Received: Message 4
 * </pre>
 *
 * A Queue takes null as an item, as Python's takes None, so null works as the sentinel in
 * both contexts; a queue whose items may themselves be null needs a sentinel object
 * instead (see queue-workers' {@code "STOP"}). (The seed's typo {@code msq} is not kept.)
 */
final class QueueSentinel implements Example {

    @Override
    public String name() {
        return "queue-sentinel";
    }

    @Override
    public String description() {
        return "a producer puts five messages and a null sentinel; a consumer prints them until the null";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Queue<String> queue = new Queue<>(context);
        Process p1 = new Process(context, () -> producer(queue));
        Process p2 = new Process(context, () -> consumer(queue));
        p1.start();
        p2.start();
        p1.join();
        p2.join();
    }

    private static void producer(Queue<String> queue) {
        for (int i = 0; i < 5; i++) {
            queue.put("Message " + i);
        }
        queue.put(null); // signal the end
    }

    private static void consumer(Queue<String> queue) {
        for (String msg = queue.get(); msg != null; msg = queue.get()) {
            System.out.println("Received: " + msg);
        }
    }
}
