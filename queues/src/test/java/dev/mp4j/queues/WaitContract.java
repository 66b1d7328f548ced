package dev.mp4j.queues;

import static dev.mp4j.testing.Interruptions.assertInterruptedWhileBlocked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Process;
import dev.mp4j.sync.Event;
import dev.mp4j.testing.BackgroundCall;
import dev.mp4j.testing.ContextContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of {@link Connection#await}, Python's {@code multiprocessing.connection.wait},
 * run against both contexts: what makes each kind of object ready, the order of the result,
 * every timeout form, a waiter seen blocked (its waiter counts, or its thread parked) and
 * then woken, interruption, and what it refuses.
 */
@Timeout(120)
abstract class WaitContract extends ContextContract {

    static final Duration SMALL = Duration.ofMillis(50);
    static final Duration HUGE = Duration.ofSeconds(Long.MAX_VALUE);
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final List<Pipe> opened = new ArrayList<>();

    Pipe pipe() {
        Pipe p = Pipe.open(context());
        opened.add(p);
        return p;
    }

    @AfterEach
    void closeAll() {
        opened.forEach(Pipe::close);
    }

    /** Waits until {@code call} sleeps in await, as the context shows it. */
    <T> BackgroundCall<T> blocked(BackgroundCall<T> call, Connection... watched) {
        if (!spawn()) {
            return call.awaitBlocked();
        }
        return call.awaitBlocked(() -> List.of(watched).stream().allMatch(c -> c.getQueueLength() == 1));
    }

    @Test
    void theReadyConnectionsComeBackInTheOrderGiven() {
        Pipe a = pipe();
        Pipe b = pipe();
        b.conn2().send("b");
        assertEquals(List.of(b.conn1()), Connection.await(List.of(a.conn1(), b.conn1()), PATIENCE));
        a.conn2().send("a");
        assertEquals(List.of(a.conn1(), b.conn1()), Connection.await(List.of(a.conn1(), b.conn1())));
        assertEquals(List.of(b.conn1(), a.conn1()), Connection.await(List.of(b.conn1(), a.conn1())));
        assertEquals("a", a.conn1().recv(), "await takes no message");
    }

    @Test
    void aClosedPeerMakesAConnectionReady() {
        Pipe a = pipe();
        a.conn2().close();
        assertEquals(List.of(a.conn1()), Connection.await(List.of(a.conn1()), Duration.ZERO));
    }

    @Test
    void zeroOrNegativeTimeoutsLookOnce() {
        Pipe a = pipe();
        assertEquals(List.of(), Connection.await(List.of(a.conn1()), Duration.ZERO));
        assertEquals(List.of(), Connection.await(List.of(a.conn1()), Duration.ofSeconds(-3)));
        a.conn2().send(1);
        assertEquals(List.of(a.conn1()), Connection.await(List.of(a.conn1()), Duration.ofSeconds(-3)));
    }

    @Test
    void aSmallTimeoutWaitsItOutAndReturnsNothing() {
        Pipe a = pipe();
        Queue<Integer> q = new Queue<>(context());
        long start = System.nanoTime();
        assertEquals(List.of(), Connection.await(List.of(a.conn1(), q), SMALL));
        assertTrue(System.nanoTime() - start >= SMALL.toNanos(), "waited the timeout");
    }

    @Test
    void aBlockedAwaitWakesAtASendToAnyOfItsConnections() {
        Pipe a = pipe();
        Pipe b = pipe();
        BackgroundCall<List<Connection>> waiter = blocked(
                BackgroundCall.start("await", () -> Connection.await(List.of(a.conn1(), b.conn1()), HUGE)),
                a.conn1(), b.conn1());
        b.conn2().sendBytes(new byte[] {1});
        assertEquals(List.of(b.conn1()), waiter.result());
    }

    @Test
    void aQueueIsReadyWithAnItemOrShutDown() {
        Queue<String> q = new Queue<>(context());
        JoinableQueue<String> jq = new JoinableQueue<>(context());
        SimpleQueue<String> sq = new SimpleQueue<>(context());
        List<Object> all = List.of(q, jq, sq);
        assertEquals(List.of(), Connection.await(all, Duration.ZERO));
        sq.put("x");
        assertEquals(List.of(sq), Connection.await(all, PATIENCE));
        jq.put("y");
        assertEquals(List.of(jq, sq), Connection.await(all, PATIENCE));
        q.shutdown();
        assertEquals(all, Connection.await(all, PATIENCE));
    }

    @Test
    void aBlockedAwaitWakesAtAPutOnAQueue() {
        Queue<String> q = new Queue<>(context());
        Pipe a = pipe();
        BackgroundCall<List<Object>> waiter = blocked(
                BackgroundCall.start("await", () -> Connection.<Object>await(List.of(a.conn1(), q), HUGE)), a.conn1());
        q.put("item");
        assertEquals(List.of(q), waiter.result());
    }

    @Test
    void aProcessIsReadyOnceItHasEnded() {
        Event go = new Event(context());
        Process p = new Process(context(), () -> go.await());
        p.start();
        Pipe a = pipe();
        assertEquals(List.of(), Connection.await(List.of(p, a.conn1()), SMALL));
        go.set();
        assertEquals(List.of(p), Connection.await(List.of(p, a.conn1()), PATIENCE));
        p.join();
    }

    @Test
    void aSendFromAWorkerWakesTheAwait() {
        Pipe a = pipe();
        Pipe b = pipe();
        Connection theirs = b.conn2();
        Event go = new Event(context());
        var worker = startInWorker(() -> {
            assertTrue(go.await(PATIENCE));
            theirs.send("from the worker");
        });
        BackgroundCall<List<Connection>> waiter = blocked(
                BackgroundCall.start("await", () -> Connection.await(List.of(a.conn1(), b.conn1()), HUGE)),
                a.conn1(), b.conn1());
        go.set();
        assertEquals(List.of(b.conn1()), waiter.result());
        worker.join();
    }

    @Test
    void anInterruptedAwaitThrowsWithTheFlagRestored() {
        Pipe a = pipe();
        assertInterruptedWhileBlocked(() -> Connection.await(List.of(a.conn1()), HUGE),
                () -> !spawn() || a.conn1().getQueueLength() == 1);
    }

    @Test
    void anUnsupportedObjectIsAClearError() {
        Pipe a = pipe();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Connection.await(List.of(a.conn1(), "a string"), SMALL));
        assertEquals("Connection.await waits for Connections, Queues, JoinableQueues, SimpleQueues and Processes,"
                + " not a java.lang.String", e.getMessage());
        Process unstarted = new Process(context(), () -> {});
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
                () -> Connection.await(List.of(unstarted), SMALL));
        assertTrue(p.getMessage().contains("has not started"), p.getMessage());
    }

    @Test
    void aOneWayPipesSendingEndCannotBeAwaited() {
        Pipe p = Pipe.open(context(), false);
        opened.add(p);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Connection.await(List.of(p.conn2()), SMALL));
        assertTrue(e.getMessage().startsWith("end 2 (conn2) of a one-way pipe only sends"), e.getMessage());
    }
}
