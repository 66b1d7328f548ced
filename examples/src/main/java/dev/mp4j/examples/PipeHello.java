package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Connection;
import dev.mp4j.queues.Pipe;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "b. Pipes" (and "6. Pipes for Communication",
 * the same program): a child sends one string through its end of a {@link Pipe} and closes
 * it; main receives it.
 *
 * <pre>
 * Received: Hello from the sender!
 * </pre>
 */
final class PipeHello implements Example {

    @Override
    public String name() {
        return "pipe-hello";
    }

    @Override
    public String description() {
        return "a child sends \"Hello from the sender!\" through a Pipe and main receives it";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Pipe pipe = Pipe.open(context); // Python: parent_conn, child_conn = Pipe()
        Connection parentConn = pipe.conn1();
        Connection childConn = pipe.conn2();
        Process p = new Process(context, () -> send(childConn));
        p.start();
        System.out.println("Received: " + parentConn.recv()); // Receive message from the pipe
        p.join();
        pipe.close();
    }

    private static void send(Connection pipeConn) {
        pipeConn.send("Hello from the sender!");
        pipeConn.close();
    }
}
