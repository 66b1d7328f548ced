package dev.mp4j.managers;

import dev.mp4j.core.Context;
import dev.mp4j.queues.Client;
import dev.mp4j.queues.Connection;
import dev.mp4j.queues.Pipe;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The connections of this JVM to managers' servers, kept for reuse: a call takes an idle
 * connection to the server (or opens one), makes its one round trip, and gives it back.
 * Python keeps one connection per thread and server; a pool serves any number of threads,
 * virtual ones included, with as many connections as calls run at once.
 *
 * <p>A connection to a server on this machine moves, once authenticated, from its socket to
 * a {@link Pipe} of mapped rings that this process creates and owns: a round trip over a
 * socket costs a selector's wake-up on each side (about 37 us here, where a ring's costs 12),
 * and Python's manager takes about 68 per call. A server elsewhere keeps the socket.
 */
final class Channels {

    private static final Map<String, Deque<Connection>> IDLE = new ConcurrentHashMap<>();
    /** The key of the connection whose reply this thread is deserializing: proxies in it use it too. */
    private static final ThreadLocal<byte[]> RECEIVING_KEY = new ThreadLocal<>();

    private Channels() {}

    /**
     * Sends {@code request} to the server at {@code address} and returns its reply's value,
     * or throws the exception of the reply, as itself.
     */
    static Object call(String address, byte[] authkey, Request request) {
        byte[] bytes = Wire.encode(request);
        Deque<Connection> idle = IDLE.computeIfAbsent(address, a -> new ConcurrentLinkedDeque<>());
        Connection conn = idle.pollFirst();
        if (conn == null) {
            conn = open(address, authkey);
        }
        Reply reply;
        try {
            conn.sendBytes(bytes);
            reply = receive(conn, authkey);
        } catch (RuntimeException e) {
            // Out of step, or the server is gone: this connection is done for.
            conn.close();
            throw e;
        }
        idle.addFirst(conn);
        if (reply.error() != null) {
            throw Rethrow.sneaky(reply.error());
        }
        return reply.value();
    }

    /** The next reply on {@code conn}, proxies in it taking {@code authkey}. */
    private static Reply receive(Connection conn, byte[] authkey) {
        byte[] outer = RECEIVING_KEY.get();
        RECEIVING_KEY.set(authkey);
        try {
            return Wire.decodeReply(conn.recvBytes());
        } finally {
            RECEIVING_KEY.set(outer);
        }
    }

    /**
     * A new connection to the server at {@code address}, which knows from now on whose
     * requests come on it: the authenticated socket, or a ring of ours if the server shares
     * this machine.
     */
    private static Connection open(String address, byte[] authkey) {
        Connection socket = Client.connect(address, authkey);
        try {
            boolean sameMachine = (Boolean) exchange(socket, authkey, new Request.Hello(Holder.current()));
            return sameMachine ? moveToRing(socket, authkey) : socket;
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Hands the server one end of a new two-way pipe over {@code socket}, and returns the
     * other once the server has it; the socket is closed, the pipe carries the rest.
     */
    private static Connection moveToRing(Connection socket, byte[] authkey) {
        Pipe pipe = Pipe.open(Context.spawn(), true);
        try {
            exchange(socket, authkey, new Request.MoveToRing(pipe.conn2()));
        } catch (RuntimeException e) {
            pipe.close();
            throw e;
        }
        pipe.conn2().close();
        socket.close();
        return pipe.conn1();
    }

    private static Object exchange(Connection conn, byte[] authkey, Request request) {
        conn.sendBytes(Wire.encode(request));
        Reply reply = receive(conn, authkey);
        if (reply.error() != null) {
            throw Rethrow.sneaky(reply.error());
        }
        return reply.value();
    }

    /** The key of the reply being received on this thread, or null outside a call. */
    static byte[] receivingKey() {
        return RECEIVING_KEY.get();
    }

    /** Closes the idle connections to {@code address}: its server is shut down. */
    static void forget(String address) {
        Deque<Connection> idle = IDLE.remove(address);
        if (idle != null) {
            idle.forEach(Connection::close);
        }
    }
}
