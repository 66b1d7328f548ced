package dev.mp4j.managers;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Connection;
import dev.mp4j.queues.EOFError;
import dev.mp4j.queues.Pipe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A manager, as Python's {@code multiprocessing.managers.BaseManager}: a server holding
 * objects, and proxies that stand for them in any process. Register a type id with the
 * factory that makes its objects and the interface their proxies implement, start the
 * server, and {@link #create} proxies:
 *
 * <pre>{@code
 * interface Maths { int add(int x, int y); int mul(int x, int y); }
 *
 * BaseManager manager = new BaseManager(ctx)
 *         .register("Maths", args -> new MathsImpl(), Maths.class);
 * try (manager) {
 *     manager.start();
 *     Maths maths = manager.create("Maths");
 *     System.out.println(maths.add(4, 3));   // 7, computed in the server
 * }
 * }</pre>
 *
 * <p><b>The server.</b> {@link #start()} runs it in a process of the manager's context: a
 * child JVM in the spawn context, a thread in the threads context. It is a daemon process:
 * ended by {@link #shutdown()} (or {@code close()}), and terminated at the exit of the
 * process that started it; a child JVM also exits when its parent dies. For a server other
 * processes or machines connect to, make the manager with an address and a key, and run
 * {@code getServer().serveForever()}; clients make the same manager, {@code register} the
 * type ids with their interface only, and {@link #connect()}.
 *
 * <p><b>Proxies.</b> Each call of a proxy's method is one round trip to the server, where the
 * object's method runs; what it throws is thrown by the proxy as itself, with the server's
 * stack trace. Arguments and results are serialized. A proxy is serializable: sent to another
 * process (as a {@code Process} target's capture, a Pool task's argument, or through a
 * queue), it connects to the same server with that process's authkey (a child's is its
 * parent's, and a manager's is, unless given, its creator's). Stored in another object of the
 * same server (a dict in a list), it stays a proxy. A method named in a registration's
 * {@code methodToTypeid} returns a proxy of the object it returned, kept in the server; a
 * method whose declared result is an {@code Iterator} returns a proxy iterator.
 *
 * <p><b>Lifetime.</b> The server keeps an object while a proxy of it exists anywhere: each
 * proxy holds a reference, given back when it is garbage collected (so, in Java, some time
 * after it is dropped). A proxy sent to another process must be kept by its sender until it
 * has arrived, as in Python. The references of a process of the server's machine that ended
 * without giving them back (killed, say) are freed within about a second; a process of
 * another machine, whose death the server cannot see, keeps its references while it keeps a
 * connection open (its connections stay open while it runs) and for a lease of 10 seconds
 * after its last one closed. Python keeps them all until shutdown.
 *
 * <p><b>Connections.</b> A client on the server's machine talks to it over a pipe of mapped
 * rings, after authenticating on the socket; a client elsewhere over the socket. Thread-safe.
 */
public class BaseManager implements AutoCloseable {

    private static final AtomicInteger COUNT = new AtomicInteger();
    /** How long {@code shutdown()} waits for the server to end before it terminates it. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);

    private enum State { INITIAL, STARTED, CONNECTED, SHUT_DOWN }

    private final Context context;
    private final String requestedAddress;
    private final byte[] authkey;
    private final Map<String, Registration> registry = new LinkedHashMap<>();
    private State state = State.INITIAL;
    private String address;
    private Process server;

    /**
     * A manager whose server will run in a process of {@code context}, on a fresh socket of
     * mp4j's runtime directory, with this process's authkey.
     */
    public BaseManager(Context context) {
        this(context, null, Context.currentProcess().authkey());
    }

    /**
     * A manager whose server listens on {@code address} ({@code host:port}, port 0 for any
     * free one, or a socket path) with {@code authkey}, started in a process of
     * {@code context} or served by {@code getServer().serveForever()}.
     */
    public BaseManager(Context context, String address, byte[] authkey) {
        this.context = Objects.requireNonNull(context, "context");
        this.requestedAddress = address;
        this.authkey = Objects.requireNonNull(authkey, "authkey").clone();
    }

    /** A manager of the server at {@code address}, to {@link #connect()} to or to serve: Python's {@code BaseManager(address, authkey)}. */
    public BaseManager(String address, byte[] authkey) {
        this(Context.defaultContext(), Objects.requireNonNull(address, "address"), authkey);
    }

    /**
     * Registers {@code typeid}: its objects are made by {@code factory} in the server, and
     * its proxies implement {@code type}. Before {@link #start()} or {@link #getServer()}.
     *
     * @throws IllegalArgumentException if {@code type} is not an interface
     * @throws IllegalStateException if the server is started already
     */
    public final <T> BaseManager register(String typeid, Factory<? extends T> factory, Class<T> type) {
        return register(typeid, factory, type, Map.of());
    }

    /**
     * Registers {@code typeid} as {@link #register(String, Factory, Class)} does; a method
     * named in {@code methodToTypeid} returns, instead of its result, a proxy of it, kept in
     * the server as an object of the type id given (Python's {@code method_to_typeid}).
     */
    public final synchronized <T> BaseManager register(String typeid, Factory<? extends T> factory, Class<T> type,
            Map<String, String> methodToTypeid) {
        checkNotStarted("register '" + typeid + "'");
        registry.put(typeid, new Registration(typeid, Objects.requireNonNull(factory, "factory"), type, methodToTypeid,
                false));
        return this;
    }

    /**
     * Registers {@code typeid} on a client of a remote server, which has the factory: its
     * proxies implement {@code type} (Python's {@code register(typeid)} on the client side).
     */
    public final synchronized BaseManager register(String typeid, Class<?> type) {
        checkNotStarted("register '" + typeid + "'");
        registry.put(typeid, new Registration(typeid, null, type, Map.of(), false));
        return this;
    }

    /** Registers a built-in type: each of its calls atomic in the server. */
    final synchronized void registerBuiltIn(String typeid, Factory<?> factory, Class<?> type) {
        registry.put(typeid, new Registration(typeid, factory, type, Map.of(), true));
    }

    /**
     * Starts the server in a process of the manager's context and waits until it listens.
     *
     * @return this manager
     * @throws IllegalStateException if it was started, connected or shut down already, or the
     *     server's process ended before it listened
     */
    public synchronized BaseManager start() {
        checkNotStarted("start");
        List<Registration> registrations = List.copyOf(registry.values());
        String requested = requestedAddress;
        byte[] key = authkey;
        Pipe pipe = Pipe.open(context, false);
        Connection ready = pipe.conn1();
        Connection reply = pipe.conn2();
        Process p = new Process(context, () -> runServer(registrations, requested, key, reply),
                getClass().getSimpleName() + "-" + COUNT.incrementAndGet(), true);
        Object first;
        try {
            p.start();
            if (context.kind() == Context.Kind.SPAWN) {
                // This process's copy; a thread server shares the one object.
                reply.close();
            }
            first = ready.recv();
            awaitEnd(ready);
        } catch (EOFError e) {
            p.join();
            throw new IllegalStateException("the manager's server process " + p.name() + " ended (exitcode " + p.exitCode()
                    + ") before it listened; see its stderr", e);
        } finally {
            ready.close();
        }
        if (first instanceof RuntimeException e) {
            p.join();
            throw e;
        }
        server = p;
        address = (String) first;
        state = State.STARTED;
        return this;
    }

    /**
     * Waits until the server has closed its end of the start pipe: its send is over, so this
     * process may drop the pipe (whose memory it created) without failing the send's last step.
     */
    private static void awaitEnd(Connection ready) {
        try {
            Object extra = ready.recv();
            throw new IllegalStateException("the manager's server sent more than its address: " + extra);
        } catch (EOFError expected) {
            // Closed: the send is done.
        }
    }

    /** The server's life, in its own process: listen, say where, serve. */
    private static void runServer(List<Registration> registrations, String address, byte[] authkey, Connection reply) {
        Server s;
        try {
            s = new Server(registrations, address, authkey);
        } catch (RuntimeException e) {
            reply.send(e);
            reply.close();
            return;
        }
        reply.send(s.address());
        reply.close();
        s.serveForever();
    }

    /**
     * A server of this manager's registrations on its address, to run in this process with
     * {@link Server#serveForever()} (Python's {@code get_server()}).
     */
    public final synchronized Server getServer() {
        checkNotStarted("get its server");
        return new Server(List.copyOf(registry.values()), requestedAddress, authkey);
    }

    /**
     * Connects to the server at this manager's address, which another process serves.
     *
     * @return this manager
     * @throws dev.mp4j.core.AuthenticationError if the server has another key
     * @throws java.io.UncheckedIOException if nothing listens there
     */
    public synchronized BaseManager connect() {
        checkNotStarted("connect");
        if (requestedAddress == null) {
            throw new IllegalStateException("connect() needs the address of a server: make the manager with one");
        }
        Channels.call(requestedAddress, authkey, new Request.Ping());
        address = requestedAddress;
        state = State.CONNECTED;
        return this;
    }

    /**
     * A new object of {@code typeid}, made in the server by its factory from {@code args},
     * and its proxy (Python's {@code manager.typeid(*args)}).
     *
     * @throws IllegalArgumentException if {@code typeid} is not registered here
     * @throws IllegalStateException if the manager is neither started nor connected
     */
    @SuppressWarnings("unchecked")
    public final <T> T create(String typeid, Object... args) {
        String where;
        synchronized (this) {
            if (!registry.containsKey(typeid)) {
                throw new IllegalArgumentException("no type id '" + typeid + "' is registered with this manager; it has "
                        + registry.keySet());
            }
            where = usableAddress();
        }
        return (T) Channels.call(where, authkey, new Request.Create(typeid, args));
    }

    /**
     * Python's {@code repr(proxy)}: what {@code proxy} stands for, such as
     * {@code <ListProxy object, typeid 'list', id 3 at /dev/shm/...sock>} ({@code toString()} is
     * the referent's, as Python's {@code str}); for anything else, its {@code toString()}.
     */
    public static String describe(Object proxy) {
        Proxied p = Proxies.proxied(proxy);
        if (p == null) {
            return String.valueOf(proxy);
        }
        Token t = p.remote().token();
        return "<" + p.proxyKind() + " object, typeid '" + t.typeid() + "', id " + t.id() + " at " + t.address() + ">";
    }

    /**
     * A copy of the object {@code proxy} stands for, made in its server and sent here
     * (Python's {@code proxy._getvalue()}): a manager's dict as a {@code LinkedHashMap}, its list
     * as an {@code ArrayList}, a registered type's object if it is serializable.
     *
     * @throws IllegalArgumentException if {@code proxy} is not a proxy
     * @throws dev.mp4j.core.SerializationError if the object cannot be serialized
     */
    @SuppressWarnings("unchecked")
    public static <T> T getValue(Object proxy) {
        Proxied p = Proxies.proxied(proxy);
        if (p == null) {
            throw new IllegalArgumentException("not a proxy of a manager's object: "
                    + (proxy == null ? "null" : proxy.getClass().getName()));
        }
        RemoteObject remote = p.remote();
        return (T) Channels.call(remote.token().address(), remote.authkey(), new Request.GetValue(remote.token().id()));
    }

    /** Sends {@code request} to the server, once started or connected, and returns its reply's value. */
    final Object call(Request request) {
        String where;
        synchronized (this) {
            where = usableAddress();
        }
        return Channels.call(where, authkey, request);
    }

    /** Where the server listens, once started or connected. */
    public final synchronized String address() {
        return usableAddress();
    }

    /** How many objects the server holds now (Python's {@code _number_of_objects()}). */
    public final int objectCount() {
        return (Integer) call(new Request.Count());
    }

    /** The process of the server this manager started, or null. */
    final synchronized Process serverProcess() {
        return server;
    }

    /** The context the server runs in. */
    public final Context context() {
        return context;
    }

    /** Whether this manager runs its server in the threads context. */
    final boolean inThreads() {
        return context.kind() == Context.Kind.THREADS;
    }

    /**
     * Stops the server this manager started and waits for its process to end (terminating
     * it after a grace of two seconds); a connected manager only drops its connections, the
     * remote server goes on. Every proxy of the server fails from now on. Idempotent.
     */
    public synchronized void shutdown() {
        State was = state;
        state = State.SHUT_DOWN;
        if (was == State.STARTED) {
            try {
                Channels.call(address, authkey, new Request.Shutdown());
            } catch (RuntimeException e) {
                // The server is gone already.
            }
            if (!server.join(SHUTDOWN_GRACE)) {
                server.terminate();
                server.join();
            }
        }
        if (address != null) {
            Channels.forget(address);
        }
    }

    /** {@link #shutdown()}. */
    @Override
    public void close() {
        shutdown();
    }

    private void checkNotStarted(String what) {
        if (state != State.INITIAL) {
            throw new IllegalStateException("cannot " + what + ": the manager is " + state.name().toLowerCase().replace('_', ' '));
        }
    }

    private String usableAddress() {
        if (state != State.STARTED && state != State.CONNECTED) {
            throw new IllegalStateException("the manager is " + state.name().toLowerCase().replace('_', ' ')
                    + (state == State.INITIAL ? ": start() or connect() it first" : ""));
        }
        return address;
    }
}
