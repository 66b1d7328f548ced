package dev.mp4j.core;

import dev.mp4j.core.spi.Engine;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * How workers start and how primitives are backed: Python's {@code multiprocessing} context.
 *
 * <pre>{@code
 * Context ctx = Context.spawn();               // workers are child JVMs
 * Lock lock = new Lock(ctx);                   // mapped memory + futex
 * Process p = new Process(ctx, () -> { try (var _ = lock.hold()) { work(); } });
 * p.start();
 * p.join();
 * }</pre>
 *
 * <table>
 *   <caption>The two contexts</caption>
 *   <tr><th></th><th>{@link #threads()}</th><th>{@link #spawn()}</th></tr>
 *   <tr><td>Python twin</td><td>{@code multiprocessing.dummy}</td><td>the {@code spawn} start method</td></tr>
 *   <tr><td>a worker is</td><td>a platform thread (or a virtual one)</td><td>a child JVM with this JVM's class path</td></tr>
 *   <tr><td>primitives are backed by</td><td>java.util.concurrent, heap objects</td><td>memory-mapped files and the futex</td></tr>
 *   <tr><td>objects reach a worker</td><td>by reference</td><td>serialized; primitives as handles</td></tr>
 * </table>
 *
 * <p>The default context is {@code threads()}; {@code -Dmp4j.context=spawn} or
 * {@link #setDefault(Context)} changes it. A child JVM inherits its parent's default.
 *
 * <p>The static methods mirror Python's module functions: {@link #cpuCount()},
 * {@link #currentProcess()}, {@link #parentProcess()}, {@link #activeChildren()}.
 *
 * <p>Contexts are immutable and thread-safe; they are {@link Serializable} so a worker
 * knows the context it was started in.
 */
public final class Context implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The kinds of worker a context starts. */
    public enum Kind {
        /** Workers are threads of this JVM. */
        THREADS,
        /** Workers are child JVMs. */
        SPAWN,
        /** Work runs on the workers of an {@link Engine}: the nodes of a cluster (see {@link #of(Engine)}). */
        CLUSTER
    }

    private static final Context THREADS = new Context(Kind.THREADS, false, List.of(), 0, null);
    private static final Context SPAWN = new Context(Kind.SPAWN, false, List.of(), 0, null);

    private static volatile Context defaultContext;

    private final Kind kind;
    private final boolean virtualThreads;
    private final List<String> jvmOptions;
    /** Idle child JVMs kept booted for this context's options; 0 for none. */
    private final int spares;
    /** The engine of a cluster context; an engine does not travel (see {@link #readResolve()}). */
    private final transient Engine engine;

    private Context(Kind kind, boolean virtualThreads, List<String> jvmOptions, int spares, Engine engine) {
        this.kind = kind;
        this.virtualThreads = virtualThreads;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.spares = spares;
        this.engine = engine;
    }

    /**
     * A context of kind {@link Kind#CLUSTER} whose work runs on {@code engine}. For the
     * modules that provide engines: an application takes its cluster context from the
     * cluster module ({@code ClusterContext}).
     */
    public static Context of(Engine engine) {
        return new Context(Kind.CLUSTER, false, List.of(), 0, Objects.requireNonNull(engine, "engine"));
    }

    /**
     * The engine of a cluster context, for the modules that back its primitives.
     *
     * @throws IllegalStateException for the threads and spawn contexts
     */
    public Engine engine() {
        if (engine == null) {
            throw new IllegalStateException(this + " has no engine: only a cluster context has one");
        }
        return engine;
    }

    /** Workers are platform threads of this JVM; primitives are java.util.concurrent objects. */
    public static Context threads() {
        return THREADS;
    }

    /** Workers are child JVMs; primitives live in memory-mapped files shared between JVMs. */
    public static Context spawn() {
        return SPAWN;
    }

    /** The context of the no-context constructors: {@code -Dmp4j.context}, else {@link #threads()}. */
    public static Context defaultContext() {
        Context ctx = defaultContext;
        if (ctx == null) {
            synchronized (Context.class) {
                if (defaultContext == null) {
                    defaultContext = byName(System.getProperty("mp4j.context", "threads"));
                }
                ctx = defaultContext;
            }
        }
        return ctx;
    }

    /** Replaces the default context (Python: {@code set_start_method}). */
    public static void setDefault(Context context) {
        defaultContext = Objects.requireNonNull(context, "context");
    }

    /**
     * The context named {@code threads} or {@code spawn} (Python: {@code get_context(name)}).
     *
     * <p>Python's {@code fork} and {@code forkserver} have no twin: a running JVM cannot be
     * forked (its other threads, the JIT's and the GC's among them, would not exist in the
     * copy). Their names fail with an error that says what to use instead.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Context byName(String name) {
        return switch (name) {
            case "threads" -> THREADS;
            case "spawn" -> SPAWN;
            case "fork" -> throw new IllegalArgumentException("mp4j has no 'fork' context: a JVM cannot be"
                    + " forked; use spawn (child JVMs) or threads (workers in this JVM)");
            case "forkserver" -> throw new IllegalArgumentException("mp4j has no 'forkserver' context: a JVM"
                    + " cannot be forked; use Context.spawn().withSpares(n), which keeps n child JVMs booted"
                    + " and idle, ready to take work as forkserver's children are");
            case "cluster" -> throw new IllegalArgumentException("a cluster context has no name to look it up"
                    + " by: it is made with the cluster module's ClusterContext, which starts or joins its nodes");
            default -> throw new IllegalArgumentException(
                    "unknown mp4j context '" + name + "': use threads or spawn");
        };
    }

    /** The same context, with workers on virtual threads (for I/O-bound work). Threads context only. */
    public Context withVirtualThreads() {
        if (kind != Kind.THREADS) {
            throw new IllegalStateException("virtual threads are for the threads context, not " + this);
        }
        return new Context(kind, true, jvmOptions, spares, null);
    }

    /** The same context, with these extra options for every child JVM (after mp4j's own). Spawn only. */
    public Context withJvmOptions(String... options) {
        if (kind != Kind.SPAWN) {
            throw new IllegalStateException("JVM options are for the spawn context, not " + this);
        }
        return withSparesBooting(new Context(kind, virtualThreads, List.of(options), spares, null));
    }

    /**
     * The same context, keeping {@code n} spare child JVMs: booted, connected, authenticated
     * and idle, having run no user code (the JVM's answer to CPython's {@code forkserver}).
     * {@link Process#start()} and Pool workers of this context take a ready spare and a new
     * one boots in the background; with none ready, they boot a fresh child JVM as without
     * spares, never waiting for one still booting. Spares boot from this call on, one at a
     * time; they are shared by the contexts with the same JVM options (set those first), and
     * as many are kept as the largest {@code n} asked for them. A spare costs its resident
     * memory while idle (see the README); spares are not {@link #activeChildren()}, and they
     * are killed when this JVM exits, or exit when it dies. Spawn only.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws IllegalStateException for the threads context
     */
    public Context withSpares(int n) {
        if (kind != Kind.SPAWN) {
            throw new IllegalStateException("spare JVMs are for the spawn context, not " + this);
        }
        if (n < 0) {
            throw new IllegalArgumentException("the number of spare JVMs must be 0 or more, not " + n);
        }
        return withSparesBooting(new Context(kind, virtualThreads, jvmOptions, n, null));
    }

    private static Context withSparesBooting(Context context) {
        if (context.spares > 0) {
            SparePool.of(context.jvmOptions).keep(context.spares);
        }
        return context;
    }

    /** The kind of worker this context starts. */
    public Kind kind() {
        return kind;
    }

    /** The name Python would use: {@code threads} or {@code spawn}; {@code cluster} for an engine's. */
    public String name() {
        return kind.name().toLowerCase();
    }

    /** Whether thread workers are virtual threads. */
    public boolean virtualThreads() {
        return virtualThreads;
    }

    /** Extra options of child JVMs. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** How many spare child JVMs this context keeps ({@link #withSpares(int)}); 0 for none. */
    public int spares() {
        return spares;
    }

    /**
     * How many spare child JVMs of this context are booted and idle now: at most
     * {@link #spares()}, fewer while some boot (after a start took one, say).
     */
    public int readySpares() {
        return spares == 0 ? 0 : Math.min(spares, SparePool.of(jvmOptions).readyCount());
    }

    /** The number of CPUs available to this JVM (Python: {@code cpu_count()}). */
    public static int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The process that runs the caller: the main process ({@code "MainProcess"}), the
     * {@link Process} object of a thread worker, or, in a child JVM, the Process it runs.
     */
    public static Process currentProcess() {
        return ProcessRegistry.current();
    }

    /**
     * The process that started the caller's worker, or {@code null} in the main process.
     * In a child JVM it is the parent JVM; in a thread worker, the process whose thread
     * started it.
     */
    public static Process parentProcess() {
        return ProcessRegistry.parent();
    }

    /** The children started by this JVM that are still alive. */
    public static List<Process> activeChildren() {
        return ProcessRegistry.activeChildren();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Context c && c.kind == kind && c.virtualThreads == virtualThreads
                && c.jvmOptions.equals(jvmOptions) && c.spares == spares && c.engine == engine;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, virtualThreads, jvmOptions, spares, System.identityHashCode(engine));
    }

    /** A cluster context travels as its engine's reference, which a node of the cluster resolves to its own engine. */
    @Serial
    private Object writeReplace() throws ObjectStreamException {
        return kind == Kind.CLUSTER ? new EngineContextForm(engine.reference()) : this;
    }

    /** What a cluster context travels as; see {@link Engine#reference()}. */
    private record EngineContextForm(Object engine) implements Serializable {
        @Serial
        private Object readResolve() throws ObjectStreamException {
            if (!(engine instanceof Engine e)) {
                throw new InvalidObjectException("a cluster context reached a JVM that is not a node of its cluster");
            }
            return Context.of(e);
        }
    }

    @Override
    public String toString() {
        if (kind == Kind.CLUSTER) {
            return "ClusterContext(" + engine.describe() + ")";
        }
        return "Context." + name() + "()" + (virtualThreads ? ".withVirtualThreads()" : "")
                + (jvmOptions.isEmpty() ? "" : ".withJvmOptions(" + String.join(", ", jvmOptions) + ")")
                + (spares == 0 ? "" : ".withSpares(" + spares + ")");
    }
}
