package dev.mp4j.examples;

import static java.nio.charset.StandardCharsets.US_ASCII;

import dev.mp4j.core.AuthenticationError;
import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Client;
import dev.mp4j.queues.Connection;
import dev.mp4j.queues.Listener;
import dev.mp4j.queues.Queue;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link Listener} and a {@link Client} with an authkey, after Python's
 * {@code multiprocessing.connection} example, which seed 002_ed2128a47af50195.txt lists
 * ("Listeners and Clients", "Authentication keys"). A worker process listens on a free TCP
 * port of localhost and hands its address to main through a {@link Queue}; main first
 * connects with a wrong key, which both sides refuse, then with the right one, and
 * receives an object, bytes, and bytes into a buffer. Under spawn the two ends are two
 * JVMs; under threads, two threads of one.
 *
 * <pre>
 * client: a wrong authkey is refused: the other end refused our digest (do both ends have the same authkey?)
 * listener: refused 1 peer with a wrong authkey, then accepted a connection from 127.0.0.1:41234
 * client: recv() gives [2.25, null, junk]
 * client: recvBytes() gives hello
 * client: recvBytesInto(a buffer of 20 bytes) gives 8: [42, 1729, 0, 0, 0]
 * </pre>
 *
 * The listener counts its refusals and prints them with the accepted connection, so the
 * lines of the two ends come in this order; the port is the one the system picked.
 */
final class ListenerClient implements Example {

    private static final byte[] AUTHKEY = "secret password".getBytes(US_ASCII);
    private static final byte[] WRONG_KEY = "wrong password".getBytes(US_ASCII);

    @Override
    public String name() {
        return "listener-client";
    }

    @Override
    public String description() {
        return "a Listener in a worker and a Client in main, with an authkey: a wrong key refused, then an object and bytes";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Queue<String> addresses = new Queue<>(context);
        // A daemon: should main fail before it connects, the listener does not keep the program alive.
        Process listenerSide = new Process(context, () -> listen(addresses), "listener", true);
        listenerSide.start();
        String address = addresses.get();
        try (Connection refused = Client.connect(address, WRONG_KEY)) {
            throw new IllegalStateException("a listener with another authkey accepted " + refused);
        } catch (AuthenticationError e) {
            System.out.println("client: a wrong authkey is refused: " + e.getMessage());
        }
        try (Connection conn = Client.connect(address, AUTHKEY)) {
            System.out.println("client: recv() gives " + conn.recv());
            System.out.println("client: recvBytes() gives " + new String(conn.recvBytes(), US_ASCII));
            byte[] buffer = new byte[20];
            int size = conn.recvBytesInto(buffer);
            int[] ints = new int[buffer.length / Integer.BYTES];
            ByteBuffer.wrap(buffer).asIntBuffer().get(ints);
            System.out.println("client: recvBytesInto(a buffer of " + buffer.length + " bytes) gives " + size + ": "
                    + Arrays.toString(ints));
        }
        listenerSide.join();
    }

    private static void listen(Queue<String> addresses) {
        try (Listener listener = new Listener("localhost:0", AUTHKEY)) {
            addresses.put(listener.address());
            int refused = 0;
            while (true) {
                try (Connection conn = listener.accept()) {
                    System.out.println("listener: refused " + refused + " peer with a wrong authkey, then accepted"
                            + " a connection from " + listener.lastAccepted());
                    conn.send(Arrays.asList(2.25, null, "junk"));
                    conn.sendBytes("hello".getBytes(US_ASCII));
                    conn.sendBytes(ByteBuffer.allocate(8).putInt(42).putInt(1729).array());
                    return;
                } catch (AuthenticationError e) {
                    refused++; // the listener goes on accepting
                }
            }
        }
    }
}
