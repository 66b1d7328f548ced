package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Connection;
import dev.mp4j.queues.EOFError;
import dev.mp4j.queues.Pipe;
import java.time.Duration;
import java.util.List;

/**
 * Port of seed 002_ed2128a47af50195.txt, the proc1/proc2 program of "Pipes": proc1 sends
 * numbers into one end of a {@link Pipe}, proc2 receives them from the other, each pausing
 * between messages.
 *
 * <pre>
 * send: 0
 * proc2 rev: 0
 * send: 1
 * proc2 rev: 1
 * ...
 * </pre>
 *
 * The seed loops for ever and sleeps a second a message; the port sends {@value #COUNT}
 * numbers, 50 ms apart, and proc2 stops at the end of the pipe (an {@code EOFError} once
 * proc1 has closed its end and ended), so it can be run and tested. proc1 prints each
 * number before it sends it and proc2 after it got it, so "send: i" always comes before
 * "proc2 rev: i"; how the two processes' lines interleave beyond that is up to the scheduler.
 */
final class PipePing implements Example {

    static final int COUNT = 5;
    private static final Duration PAUSE = Duration.ofMillis(50);

    @Override
    public String name() {
        return "pipe-ping";
    }

    @Override
    public String description() {
        return "proc1 sends " + COUNT + " numbers through a Pipe to proc2, which prints each until the pipe ends";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Pipe pipe = Pipe.open(context);
        Connection end0 = pipe.conn1();
        Connection end1 = pipe.conn2();
        Process p1 = new Process(context, () -> proc1(end0));
        Process p2 = new Process(context, () -> proc2(end1));
        p1.start();
        p2.start();
        if (context.kind() == Context.Kind.SPAWN) {
            // Main's copies: closed, so that proc2 sees the end of the pipe once proc1 is done.
            // (Threads share the very objects: there the end proc1 closes is the only one.)
            pipe.close();
        }
        p1.join();
        p2.join();
    }

    private static void proc1(Connection pipe) throws InterruptedException {
        for (int i = 0; i < COUNT; i++) {
            System.out.println("send: " + i);
            pipe.send(i);
            Thread.sleep(PAUSE);
        }
        pipe.close();
    }

    private static void proc2(Connection pipe) throws InterruptedException {
        while (true) {
            Object received;
            try {
                received = pipe.recv();
            } catch (EOFError e) {
                return;
            }
            System.out.println("proc2 rev: " + received);
            Thread.sleep(PAUSE);
        }
    }
}
