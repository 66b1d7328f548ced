package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Connection;
import dev.mp4j.queues.Pipe;
import java.util.Arrays;
import java.util.List;

/**
 * Port of seeds 002_ed2128a47af50195.txt and 003_13e04ca231a68c1a.txt, "Pipes": a child
 * sends a list of an int, a null and a string through a {@link Pipe}; main prints it.
 *
 * <pre>
 * [42, null, hello]
 * </pre>
 *
 * Python prints {@code [42, None, 'hello']}; the Java list prints its own way.
 */
final class PipeList implements Example {

    @Override
    public String name() {
        return "pipe-list";
    }

    @Override
    public String description() {
        return "a child sends [42, null, \"hello\"] through a Pipe and main prints it";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Pipe pipe = Pipe.open(context);
        Connection parentConn = pipe.conn1();
        Connection childConn = pipe.conn2();
        Process p = new Process(context, () -> f(childConn));
        p.start();
        System.out.println(parentConn.recv()); // prints "[42, null, hello]"
        p.join();
        pipe.close();
    }

    private static void f(Connection conn) {
        conn.send(Arrays.asList(42, null, "hello")); // List.of refuses null
        conn.close();
    }
}
