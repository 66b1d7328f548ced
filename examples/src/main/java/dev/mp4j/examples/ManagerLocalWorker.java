package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.managers.BaseManager;
import dev.mp4j.managers.Server;
import dev.mp4j.queues.Queue;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Using a remote manager", its last program: a local
 * {@code Worker} process (a {@code Process} subclass overriding {@code run()}) puts
 * {@code "local hello"} on a plain queue, which a manager serves to remote clients; a client
 * gets it.
 *
 * <pre>
 * local hello
 * </pre>
 *
 * The seed's client is the earlier program's ({@code queue.get()} on {@code m.get_queue()});
 * here it is a process of the context, connecting to the server on {@code 127.0.0.1} and a
 * free port. A proxy implements an interface, so the manager serves the queue's
 * {@code get} as a {@code Supplier}.
 */
final class ManagerLocalWorker implements Example {

    private static final byte[] AUTHKEY = "abracadabra".getBytes(StandardCharsets.US_ASCII);

    /** The seed's Worker: a process whose run() puts one message. */
    static final class Worker extends Process {
        @Serial
        private static final long serialVersionUID = 1L;

        private final Queue<String> q;

        Worker(Context context, Queue<String> q) {
            super(context);
            this.q = q;
        }

        @Override
        public void run() {
            q.put("local hello");
        }
    }

    @Override
    public String name() {
        return "manager-local-worker";
    }

    @Override
    public String description() {
        return "a local Worker process fills a queue that a manager serves to a remote client";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) throws InterruptedException {
        ExampleArguments.none(this, args);
        Queue<String> queue = new Queue<>(context);
        Worker w = new Worker(context, queue);
        w.start();
        Server server = new BaseManager(context, "127.0.0.1:0", AUTHKEY)
                .register("get_queue", a -> (Supplier<String>) queue::get, Supplier.class).getServer();
        Thread serving = Thread.ofPlatform().start(server::serveForever);
        try {
            String address = server.address();
            Process client = new Process(context, () -> {
                try (BaseManager m = new BaseManager(address, AUTHKEY).register("get_queue", Supplier.class).connect()) {
                    Supplier<String> q = m.create("get_queue");
                    System.out.println(q.get());
                }
            });
            client.start();
            client.join();
            w.join();
        } finally {
            server.close();
            serving.join();
            queue.close();
        }
    }
}
