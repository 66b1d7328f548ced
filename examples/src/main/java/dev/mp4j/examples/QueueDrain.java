package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Queue;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "3. Inter-Process Communication", "a. Queues": a
 * producer puts 0 to 4 on a {@link Queue} and is joined; then a consumer takes items while
 * the queue is not {@code empty()}.
 *
 * <pre>
 * Consumed: 0
 * Consumed: 1
 * Consumed: 2
 * Consumed: 3
 * Consumed: 4
 * </pre>
 *
 * The consumer's {@code empty()} loop relies on two things mp4j promises: the producer's
 * puts are in the queue when it has ended (no feeder thread still flushing them), and
 * {@code empty()} is exact (Python's is approximate: "not reliable", its docs say).
 */
final class QueueDrain implements Example {

    @Override
    public String name() {
        return "queue-drain";
    }

    @Override
    public String description() {
        return "a producer fills a Queue and ends, then a consumer takes items while it is not empty()";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Queue<Integer> q = new Queue<>(context);
        Process p1 = new Process(context, () -> producer(q));
        Process p2 = new Process(context, () -> consumer(q));
        p1.start();
        p1.join();
        p2.start();
        p2.join();
    }

    private static void producer(Queue<Integer> q) {
        for (int i = 0; i < 5; i++) {
            q.put(i);
        }
    }

    private static void consumer(Queue<Integer> q) {
        while (!q.empty()) {
            System.out.println("Consumed: " + q.get());
        }
    }
}
