package dev.mp4j.managers;

import dev.mp4j.core.AuthenticationError;
import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.SerializationError;
import dev.mp4j.core.internal.Log;
import dev.mp4j.core.internal.shm.FileNames;
import dev.mp4j.core.internal.shm.RuntimeDirectory;
import dev.mp4j.pool.RemoteError;
import dev.mp4j.queues.Connection;
import dev.mp4j.queues.EOFError;
import dev.mp4j.queues.Listener;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A manager's server, as Python's {@code multiprocessing.managers.Server}: it holds the
 * objects that proxies stand for and runs their methods. {@link BaseManager#start()} runs one
 * in a process of the manager's context; {@link BaseManager#getServer()} gives one to run in
 * this process, for remote managers: {@code manager.getServer().serveForever()}.
 *
 * <p>Each connection is served by a daemon thread of its own, one request at a time, so a
 * call that blocks in the server (a queue's {@code take()}) blocks only its caller. The
 * built-in types (a manager's {@code dict()}, {@code list()}, {@code namespace()}) run each
 * call under the object's monitor, as Python's built-ins run under its GIL; a registered
 * type's methods run as they are, on whichever connection's thread calls them.
 */
public final class Server implements AutoCloseable {

    /** How often the server looks for holders that are gone. */
    private static final long REAP_MILLIS = 1_000;
    /**
     * How long a holder on another machine keeps its references once its last connection has
     * closed. A client keeps its connections open while it runs, so that happens when it has
     * died or its network has failed; its death cannot be seen from here.
     */
    static final Duration LEASE = Duration.ofSeconds(10);

    /** The built-in type id of the proxy iterators a method returning an {@link Iterator} gives. */
    static final String ITERATOR = "Iterator";

    /** The server whose connection's thread is deserializing a request, for proxies sent back to it. */
    private static final ThreadLocal<Server> RECEIVING = new ThreadLocal<>();

    private final Map<String, Registration> registry;
    private final Listener listener;
    private final byte[] authkey;
    private final ObjectTable objects = new ObjectTable();
    private final Segments segments = new Segments();
    private final Map<Connection, Thread> connections = new ConcurrentHashMap<>();
    private final Map<List<Object>, Method> methods = new ConcurrentHashMap<>();
    private final Duration lease;
    /** The open connections of each holder, and since when a holder has none. */
    private final Map<Holder, Integer> openConnections = new HashMap<>();
    private final Map<Holder, Long> disconnectedSince = new HashMap<>();
    private final AtomicLong reaps = new AtomicLong();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closed;

    /**
     * A server of {@code registrations} listening on {@code address} ({@code host:port}, a
     * socket path, or null for a fresh socket in mp4j's runtime directory).
     */
    Server(List<Registration> registrations, String address, byte[] authkey) {
        this(registrations, address, authkey, LEASE);
    }

    /** As above, holders on other machines keeping their references {@code lease} after their last connection. */
    Server(List<Registration> registrations, String address, byte[] authkey, Duration lease) {
        this.lease = lease;
        Map<String, Registration> byId = new LinkedHashMap<>();
        byId.put(ITERATOR, new Registration(ITERATOR, null, Iterator.class, Map.of(), false));
        registrations.forEach(r -> byId.put(r.typeid(), r));
        this.registry = Map.copyOf(byId);
        this.authkey = authkey.clone();
        String where = address != null ? address : RuntimeDirectory.path().resolve(FileNames.next("sock")).toString();
        this.listener = new Listener(where, this.authkey);
    }

    /** Where the server listens, in {@link dev.mp4j.queues.Client}'s form. */
    public String address() {
        return listener.address();
    }

    /**
     * Accepts and serves connections until the server is shut down (by a manager's
     * {@code shutdown()}, or {@link #close()}), as Python's {@code serve_forever()}.
     *
     * @throws InterruptedError if this thread is interrupted while waiting for a connection;
     *     the server is closed
     */
    public void serveForever() {
        Thread reaper = Thread.ofPlatform().daemon().name("mp4j-manager-reaper").start(this::reapDeadHolders);
        try {
            while (!closed) {
                Connection conn;
                try {
                    conn = listener.accept();
                } catch (AuthenticationError e) {
                    Log.log("managers", System.Logger.Level.WARNING, "a client of the manager at " + address()
                            + " failed the authentication: " + e.getMessage());
                    continue;
                }
                Thread t = Thread.ofPlatform().daemon().name("mp4j-manager-connection").unstarted(() -> serve(conn));
                connections.put(conn, t);
                if (closed) {
                    conn.close();
                    break;
                }
                t.start();
            }
        } catch (IllegalStateException e) {
            if (!closed) {
                throw e;
            }
        } catch (InterruptedError e) {
            close();
            throw e;
        } finally {
            reaper.interrupt();
            stopped.countDown();
        }
    }

    /**
     * Frees, every second, the references of client processes that are gone without giving
     * them back: those of this machine that ended (killed, or exited before their proxies were
     * collected), and those of other machines without a connection for longer than the lease.
     */
    private void reapDeadHolders() {
        try {
            while (!closed) {
                Thread.sleep(REAP_MILLIS);
                long now = System.nanoTime();
                int dropped = objects.dropHolders(h -> h.knownDead() || leaseEnded(h, now));
                if (dropped > 0) {
                    Log.log("managers", System.Logger.Level.DEBUG, "freed " + dropped + " objects of processes gone");
                }
                reaps.incrementAndGet();
            }
        } catch (InterruptedException e) {
            // Stopped with the server.
        }
    }

    private synchronized boolean leaseEnded(Holder holder, long now) {
        Long since = disconnectedSince.get(holder);
        return !holder.onThisMachine() && since != null && now - since >= lease.toNanos();
    }

    private synchronized void connected(Holder holder) {
        openConnections.merge(holder, 1, Integer::sum);
        disconnectedSince.remove(holder);
    }

    private synchronized void disconnected(Holder holder) {
        if (openConnections.merge(holder, -1, Integer::sum) == 0) {
            openConnections.remove(holder);
            disconnectedSince.put(holder, System.nanoTime());
        }
    }

    /** How many times the reaper has looked for holders that are gone. */
    long reaps() {
        return reaps.get();
    }

    /** Blocks until {@link #serveForever()} has returned. */
    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** How many objects the server holds. */
    public int objectCount() {
        return objects.size();
    }

    /**
     * Stops serving: no more connections, the open ones closed, every object dropped, calls
     * still running in the server interrupted, the shared memory blocks it made unlinked.
     * Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Before the listener: its close ends serveForever, and with it the server's process.
        segments.unlinkAll();
        listener.close();
        connections.forEach((conn, thread) -> {
            conn.close();
            thread.interrupt();
        });
        connections.clear();
        objects.clear();
    }

    private void serve(Connection socket) {
        Connection conn = socket;
        Holder holder = null;
        try {
            while (!closed) {
                Object message;
                Reply reply;
                RECEIVING.set(this);
                try {
                    message = Wire.decodeRequest(conn.recvBytes());
                    if (message instanceof Request.Hello hello && holder == null) {
                        holder = hello.holder();
                        connected(holder);
                        reply = Reply.of(holder.onThisMachine());
                    } else if (holder == null) {
                        reply = Reply.failed(new IllegalStateException("a manager connection begins with its hello"));
                    } else if (message instanceof Request.MoveToRing move && conn == socket) {
                        send(conn, Reply.of(null));
                        conn = moveTo(socket, move.end());
                        continue;
                    } else {
                        reply = message instanceof Request r ? handle(r, holder)
                                : Reply.failed(new IllegalArgumentException("not a manager request: " + message));
                    }
                } catch (SerializationError e) {
                    // Whole message read: the connection is still in step.
                    message = null;
                    reply = Reply.failed(e);
                } finally {
                    RECEIVING.remove();
                }
                send(conn, reply);
                if (message instanceof Request.Shutdown) {
                    close();
                }
            }
        } catch (EOFError | IllegalStateException | InterruptedError e) {
            // The client went away, or the server closed.
        } catch (RuntimeException e) {
            if (!closed) {
                Log.log("managers", System.Logger.Level.WARNING, "a connection of the manager at " + address() + " failed: " + e);
            }
        } finally {
            connections.remove(conn);
            conn.close();
            if (holder != null) {
                disconnected(holder);
            }
        }
    }

    /** Serves this connection's thread on the client's ring from now on; the socket is done. */
    private Connection moveTo(Connection socket, Connection ring) {
        connections.put(ring, Thread.currentThread());
        connections.remove(socket);
        socket.close();
        if (closed) {
            // close() may have passed over the map before the ring was in it.
            ring.close();
        }
        return ring;
    }

    private static void send(Connection conn, Reply reply) {
        byte[] bytes;
        try {
            bytes = Wire.encode(reply);
        } catch (SerializationError e) {
            bytes = Wire.encode(reply.error() == null ? Reply.failed(e) : Reply.failed(new RemoteError(reply.error())));
        }
        conn.sendBytes(bytes);
    }

    private Reply handle(Request request, Holder holder) {
        try {
            return Reply.of(switch (request) {
                case Request.Hello h -> throw new IllegalStateException("this connection said hello already");
                case Request.MoveToRing m -> throw new IllegalStateException("this connection is on a ring already");
                case Request.Create c -> create(c.typeid(), c.args(), holder);
                case Request.Call c -> call(c, holder);
                case Request.Incref i -> {
                    objects.incref(i.id(), holder);
                    yield null;
                }
                case Request.Decref d -> {
                    objects.decref(d.id(), holder);
                    yield null;
                }
                case Request.GetValue g -> value(objects.get(g.id()));
                case Request.NewSharedMemory m -> segments.sharedMemory(m.size());
                case Request.NewShareableList l -> segments.shareableList(l.items());
                case Request.Count c -> objects.size();
                case Request.Ping p -> null;
                case Request.Shutdown s -> null;
            });
        } catch (InvocationTargetException e) {
            return Reply.failed(e.getCause());
        } catch (Exception e) {
            return Reply.failed(e);
        }
    }

    private ProxyRef create(String typeid, Object[] args, Holder holder) throws Exception {
        Registration registration = registry.get(typeid);
        if (registration == null || registration.typeid().equals(ITERATOR)) {
            Set<String> known = new java.util.TreeSet<>(registry.keySet());
            known.remove(ITERATOR);
            throw new IllegalArgumentException("no type id '" + typeid + "' is registered with this manager's server; it has "
                    + known);
        }
        if (registration.factory() == null) {
            throw new IllegalArgumentException("type id '" + typeid + "' was registered without a factory on the server");
        }
        Object object = registration.factory().create(args == null ? new Object[0] : args);
        return hold(object, registration, "the factory of '" + typeid + "'", holder);
    }

    /** Keeps {@code object} as an object of {@code registration}, its one reference going to the caller. */
    private ProxyRef hold(Object object, Registration registration, String source, Holder holder) {
        if (!registration.type().isInstance(object)) {
            throw new IllegalStateException(source + " returned " + (object == null ? "null" : "a " + object.getClass().getName())
                    + ", which is not a " + registration.type().getName());
        }
        long id = objects.add(object, registration, holder);
        return new ProxyRef(new Token(registration.typeid(), address(), id, registration.type()), true, null);
    }

    private Object call(Request.Call c, Holder holder) throws Exception {
        ObjectTable.Entry entry = objects.get(c.id());
        Registration registration = entry.registration();
        Method method = method(registration.type(), c.method(), c.signature());
        Object[] args = c.args() == null ? new Object[0] : c.args();
        Object result;
        if (registration.atomic()) {
            synchronized (entry.object()) {
                result = method.invoke(entry.object(), args);
            }
        } else {
            result = method.invoke(entry.object(), args);
        }
        String resultType = registration.methodToTypeid().get(c.method());
        if (resultType != null) {
            Registration target = registry.get(resultType);
            if (target == null) {
                throw new IllegalStateException("method " + c.method() + " of '" + registration.typeid()
                        + "' returns type id '" + resultType + "', which is not registered");
            }
            return result == null ? null : hold(result, target, "method " + c.method(), holder);
        }
        if (result instanceof Iterator<?> && method.getReturnType() == Iterator.class) {
            return hold(result, registry.get(ITERATOR), "method " + c.method(), holder);
        }
        return result;
    }

    /** An entry's object to send: the built-ins copied, under their monitor, as plain collections. */
    private static Object value(ObjectTable.Entry entry) {
        Object object = entry.object();
        if (!entry.registration().atomic()) {
            return object;
        }
        synchronized (object) {
            return switch (object) {
                case ManagedDict<?, ?> d -> new LinkedHashMap<>(d);
                case ManagedList<?> l -> new java.util.ArrayList<>(l);
                default -> object;
            };
        }
    }

    private Method method(Class<?> type, String name, String signature) throws NoSuchMethodException {
        List<Object> key = List.of(type, name, signature);
        Method m = methods.get(key);
        if (m == null) {
            m = find(type, name, signature);
            m.trySetAccessible();
            methods.put(key, m);
        }
        return m;
    }

    private static Method find(Class<?> type, String name, String signature) throws NoSuchMethodException {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && Wire.signature(m.getParameterTypes()).equals(signature)) {
                return m;
            }
        }
        // An interface has no Object methods of its own; a proxy asks for the object's toString.
        if (name.equals("toString") && signature.isEmpty()) {
            return Object.class.getMethod("toString");
        }
        throw new NoSuchMethodException(type.getName() + "." + name + "(" + signature + ")");
    }

    /** The server of this JVM deserializing a request on this thread, if {@code address} is its own. */
    static Server receiving(String address) {
        Server s = RECEIVING.get();
        return s != null && s.address().equals(address) ? s : null;
    }

    /** A proxy sent back to its own server: the server's copy holds a reference, counted here. */
    void incref(long id) {
        objects.incref(id, Holder.current());
    }

    /** Drops the reference of a server's own copy of a proxy; nothing once the server is closed. */
    void decref(long id) {
        if (!closed) {
            try {
                objects.decref(id, Holder.current());
            } catch (IllegalStateException e) {
                // Dropped already by a shutdown.
            }
        }
    }

    byte[] authkey() {
        return authkey;
    }
}
