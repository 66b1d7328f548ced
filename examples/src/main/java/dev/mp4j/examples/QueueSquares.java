package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Queue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Example: Sending Data Between Processes": five
 * processes each put their number and its square on a {@link Queue}; main joins them all,
 * then takes the results while {@code !q.empty()}.
 *
 * <pre>
 * Number: 0, Square: 0
 * Number: 1, Square: 1
 * Number: 2, Square: 4
 * Number: 3, Square: 9
 * Number: 4, Square: 16
 * </pre>
 *
 * Joining before draining is safe: a put returns once the item is in the queue (no feeder
 * thread), and {@code empty()} is exact, so the loop sees all five. The results arrive in
 * the order the workers ran; the port prints them by number, the order the seed shows.
 */
final class QueueSquares implements Example {

    /** Python's {@code (number, result)} tuple. */
    record Square(int number, int square) implements Serializable {}

    @Override
    public String name() {
        return "queue-squares";
    }

    @Override
    public String description() {
        return "five processes put a number and its square on a Queue; main joins them, then drains it (printed by number)";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Queue<Square> q = new Queue<>(context);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int number = i;
            Process process = new Process(context, () -> q.put(new Square(number, number * number)));
            processes.add(process);
            process.start();
        }
        processes.forEach(Process::join);
        List<Square> results = new ArrayList<>();
        while (!q.empty()) {
            results.add(q.get());
        }
        results.sort(Comparator.comparingInt(Square::number));
        for (Square s : results) {
            System.out.println("Number: " + s.number() + ", Square: " + s.square());
        }
    }
}
