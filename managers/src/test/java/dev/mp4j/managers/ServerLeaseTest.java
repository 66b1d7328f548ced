package dev.mp4j.managers;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mp4j.queues.Client;
import dev.mp4j.queues.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How long a server keeps the references of a holder whose connections are gone: a holder of
 * another machine (its death cannot be seen) for the lease, a live one of this machine for as
 * long as it runs. The clients here speak the protocol by hand, over the socket, as a client
 * of another machine does.
 */
class ServerLeaseTest {

    private static final byte[] KEY = "lease-test".getBytes();
    private static final Duration LEASE = Duration.ofMillis(300);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Server server;

    @BeforeEach
    void startServer() {
        Registration box = new Registration("Box", args -> (Supplier<String>) () -> "boxed", Supplier.class, Map.of(), false);
        server = new Server(List.of(box), null, KEY, LEASE);
        Thread.ofPlatform().daemon().name("lease-test-server").start(server::serveForever);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Says hello as {@code holder}, checks the ring offer, creates a Box (object 1) and calls it over the socket. */
    private Connection holdABox(Holder holder, boolean ringOffered) {
        Connection conn = Client.connect(server.address(), KEY);
        assertEquals(ringOffered, exchange(conn, new Request.Hello(holder)));
        conn.sendBytes(Wire.encode(new Request.Create("Box", null)));
        conn.recvBytes();   // the reply's proxy, not rebuilt here: that would take a reference of this JVM
        assertEquals("boxed", exchange(conn, new Request.Call(1, "get", "", null)));
        assertEquals(1, server.objectCount());
        return conn;
    }

    private static Object exchange(Connection conn, Request request) {
        conn.sendBytes(Wire.encode(request));
        Reply reply = Wire.decodeReply(conn.recvBytes());
        assertEquals(null, reply.error());
        return reply.value();
    }

    private void awaitTwoMoreReaps() {
        long now = server.reaps();
        await().atMost(PATIENCE).until(() -> server.reaps() >= now + 2);
    }

    @Test
    void aHolderOfAnotherMachineKeepsItsReferencesWhileConnectedAndLosesThemALeaseAfter() {
        Holder elsewhere = new Holder("another-machine", 4242, 1);
        Connection conn = holdABox(elsewhere, false);
        awaitTwoMoreReaps();
        assertEquals(1, server.objectCount(), "connected: the lease has not begun");
        conn.close();
        await().atMost(PATIENCE).until(() -> server.objectCount() == 0);
    }

    @Test
    void aLiveHolderOfThisMachineKeepsItsReferencesWithoutAConnection() {
        Connection conn = holdABox(Holder.current(), true);
        conn.close();
        awaitTwoMoreReaps();
        assertEquals(1, server.objectCount(), "this process runs: no lease for it");
    }
}
