package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Queue;
import java.time.Duration;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Example: Producer-Consumer Problem with Queue": a
 * producer puts 0 to 4, pausing after each; a slower consumer takes and prints items until
 * it takes {@code "END"}, which main puts once the producer has ended.
 *
 * <pre>
 * Producing item 0
 * Consuming item 0
 * Producing item 1
 * Consuming item 1
 * ...
 * Consuming item 4
 * </pre>
 *
 * The pauses are the seed's 1 s and 2 s divided by 20. What is certain: the items are
 * produced in order, consumed in order, and each is consumed after it was produced. How
 * the two kinds of line interleave depends on timing (with a consumer twice as slow, the
 * seed's strict alternation is not what Python prints either).
 */
final class ProducerConsumer implements Example {

    private static final Duration PRODUCER_PAUSE = Duration.ofMillis(50);
    private static final Duration CONSUMER_PAUSE = Duration.ofMillis(100);
    /* Compared with equals: in a child JVM the sentinel arrives as a copy, not the same object. */
    private static final String END = "END";

    @Override
    public String name() {
        return "producer-consumer";
    }

    @Override
    public String description() {
        return "a producer and a slower consumer share a Queue until main puts END (the interleaving depends on timing)";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Queue<Object> queue = new Queue<>(context);
        Process producerProcess = new Process(context, () -> producer(queue));
        Process consumerProcess = new Process(context, () -> consumer(queue));
        producerProcess.start();
        consumerProcess.start();
        producerProcess.join(); // wait for the producer to finish
        queue.put(END);         // signal the consumer to stop
        consumerProcess.join();
    }

    private static void producer(Queue<Object> queue) throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.out.println("Producing item " + i);
            queue.put(i);
            Thread.sleep(PRODUCER_PAUSE);
        }
    }

    private static void consumer(Queue<Object> queue) throws InterruptedException {
        for (Object item = queue.get(); !END.equals(item); item = queue.get()) {
            System.out.println("Consuming item " + item);
            Thread.sleep(CONSUMER_PAUSE);
        }
    }
}
