package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.managers.BaseManager;
import dev.mp4j.managers.Server;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Using a remote manager": a server for one shared
 * queue on a TCP port, and two clients that connect to it with the authkey; the first puts
 * {@code "hello"}, the second gets it and prints it.
 *
 * <pre>
 * hello
 * </pre>
 *
 * The server runs in main ({@code getServer().serveForever()} on a thread of its own, so
 * that main can start the clients), on {@code 127.0.0.1} and a free port rather than
 * {@code ('', 50000)}; the clients are processes of the context: under spawn, a server and
 * two clients in three JVMs. A client registers the type id with its interface only, as
 * Python's {@code register('get_queue')}.
 */
final class ManagerRemoteQueue implements Example {

    private static final byte[] AUTHKEY = "abracadabra".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String name() {
        return "manager-remote-queue";
    }

    @Override
    public String description() {
        return "a remote manager's queue: one client puts \"hello\", another gets it";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) throws InterruptedException {
        ExampleArguments.none(this, args);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        Server server = new BaseManager(context, "127.0.0.1:0", AUTHKEY)
                .register("get_queue", a -> queue, BlockingQueue.class).getServer();
        Thread serving = Thread.ofPlatform().start(server::serveForever);
        try {
            String address = server.address();
            Process putter = new Process(context, () -> {
                try (BaseManager m = client(address)) {
                    BlockingQueue<String> q = m.create("get_queue");
                    q.put("hello");
                }
            });
            putter.start();
            putter.join();
            Process getter = new Process(context, () -> {
                try (BaseManager m = client(address)) {
                    BlockingQueue<String> q = m.create("get_queue");
                    System.out.println(q.take());
                }
            });
            getter.start();
            getter.join();
        } finally {
            server.close();
            serving.join();
        }
    }

    private static BaseManager client(String address) {
        return new BaseManager(address, AUTHKEY).register("get_queue", BlockingQueue.class).connect();
    }
}
