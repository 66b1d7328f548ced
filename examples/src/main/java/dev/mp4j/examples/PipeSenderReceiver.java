package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Connection;
import dev.mp4j.queues.Pipe;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "5. Using Pipe for Direct Communication Between Two
 * Processes": a sender process and a receiver process, one end of a {@link Pipe} each; main
 * only starts and joins them.
 *
 * <pre>
 * Received message: Hello, this is a message from the sender!
 * </pre>
 *
 * Under spawn the two ends live in two child JVMs; main's copies are closed once both
 * processes have started, as a Python program closes the ends it passed on.
 */
final class PipeSenderReceiver implements Example {

    @Override
    public String name() {
        return "pipe-sender-receiver";
    }

    @Override
    public String description() {
        return "a sender process and a receiver process talk over the two ends of a Pipe";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Pipe pipe = Pipe.open(context);
        Connection parentConn = pipe.conn1();
        Connection childConn = pipe.conn2();
        Process senderProcess = new Process(context, () -> sender(childConn));
        Process receiverProcess = new Process(context, () -> receiver(parentConn));
        senderProcess.start();
        receiverProcess.start();
        senderProcess.join();
        receiverProcess.join();
        pipe.close();
    }

    private static void sender(Connection pipeConn) {
        pipeConn.send("Hello, this is a message from the sender!");
        pipeConn.close();
    }

    private static void receiver(Connection pipeConn) {
        Object message = pipeConn.recv();
        System.out.println("Received message: " + message);
    }
}
