package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Empty;
import dev.mp4j.queues.Queue;
import java.util.List;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Pipes and Queues", the writer/reader example: a
 * writer process puts 1 without blocking, a reader process started right after it gets
 * without blocking, and prints what it got.
 *
 * <pre>
 * 1
 * main: the reader took the item; nothing is left
 * </pre>
 *
 * or, when the reader looks before the writer has put:
 *
 * <pre>
 * reader: getNowait() threw Empty: the writer had not put yet
 * main: the reader found nothing; left in the queue: 1
 * </pre>
 *
 * Which of the two happens depends on timing; either way the one item is accounted for,
 * which main checks after joining both. The seed's bare {@code except: pass} hides the
 * {@code queue.Empty} (and any other error); the port catches {@link Empty} alone and
 * says so.
 */
final class QueueNowait implements Example {

    @Override
    public String name() {
        return "queue-nowait";
    }

    @Override
    public String description() {
        return "a writer's putNowait and a reader's getNowait race; the reader gets 1 or Empty (timing decides), main accounts for the item";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Queue<Integer> q = new Queue<>(context);
        Process writer = new Process(context, () -> writerProc(q));
        writer.start();
        Process reader = new Process(context, () -> readerProc(q));
        reader.start();
        reader.join();
        writer.join();
        if (q.empty()) {
            System.out.println("main: the reader took the item; nothing is left");
        } else {
            System.out.println("main: the reader found nothing; left in the queue: " + q.getNowait());
        }
    }

    private static void writerProc(Queue<Integer> q) {
        q.putNowait(1); // an unbounded queue is never Full
    }

    private static void readerProc(Queue<Integer> q) {
        try {
            System.out.println(q.getNowait());
        } catch (Empty e) {
            System.out.println("reader: getNowait() threw Empty: the writer had not put yet");
        }
    }
}
