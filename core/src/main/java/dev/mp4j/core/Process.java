package dev.mp4j.core;

import dev.mp4j.core.internal.Log;
import dev.mp4j.core.internal.Timeouts;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * A worker with Python's {@code multiprocessing.Process} contract, running either as a
 * thread of this JVM or as a child JVM, as its {@link Context} says.
 *
 * <pre>{@code
 * Process p = new Process(Context.spawn(), () -> System.out.println("hello from a child JVM"));
 * p.start();
 * p.join();
 * assert p.exitCode() == 0;
 * }</pre>
 *
 * <p>Give it a {@link Target} (a serializable lambda), or subclass it and override
 * {@link #run()}. In the spawn context the whole Process object, subclass fields and target
 * included, is serialized in {@link #start()}, in the caller's thread: what cannot be
 * serialized fails there, with the offending field named. Primitives of the spawn context
 * travel as handles to the same shared memory; those of the threads context cannot travel.
 * A Process drops its target once the target has run (threads) or has been sent to the
 * child JVM (spawn), so what the target captured is not kept alive by the Process object
 * (Python does the same since bpo-30775).
 *
 * <p><b>Exit codes</b> (Python's): {@code null} while running; 0 when {@code run()} returns;
 * 1 when it throws (the stack trace goes to stderr); {@code n} after {@link #exit(int)} or
 * {@code throw new SystemExit(n)}; {@code -N} after death by signal {@code N}:
 * {@link #terminate()} gives -15 and {@link #kill()} gives -9.
 *
 * <p><b>Threads context.</b> A thread cannot be killed: {@link #terminate()} and
 * {@link #kill()} interrupt it, and when it ends its exit code is -15 or -9 however it ended.
 * A target that ignores interrupts keeps running. The pid of a thread worker is this JVM's.
 *
 * <p><b>Lifetime.</b> A child JVM whose parent dies, even by SIGKILL, exits at once. When
 * its target ends, a child JVM first waits for its non-daemon children, then terminates its
 * daemon children (Python); so does a main process whose {@code main} returns. Only that
 * normal end waits: a JVM ended by {@link #terminate()} (or any SIGTERM, or
 * {@code System.exit}) terminates every child JVM it still has, daemon or not, and kills
 * those still running 2 s later, so {@code terminate()} and {@code join()} of a process with
 * a live non-daemon child return at once (Python's SIGTERM ends a process at once too). A
 * daemon child JVM may not start children of its own. In the threads context,
 * {@code terminate()} interrupts the worker's own thread only: the children it started run
 * on.
 *
 * <p><b>Thread safety.</b> All methods may be called from any thread. {@code join} methods
 * are interruptible: they restore the interrupt flag and throw {@link InterruptedError}.
 *
 * <p><b>Memory consistency effects:</b> actions before {@code start()} happen-before the
 * actions of a thread worker; the actions of a thread worker happen-before a {@code join}
 * that returns because it ended. For a child JVM, what it sees is what was serialized.
 *
 * @see Context
 */
public class Process implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What a process runs: a serializable action that may throw anything. */
    @FunctionalInterface
    public interface Target extends Serializable {
        /** Runs the process's work. */
        void run() throws Exception;
    }

    private final Context context;
    /** Dropped once it has run (threads) or been sent to the child JVM (spawn): bpo-30775. */
    private volatile Target target;
    private final int[] identity;
    private final byte[] authkey;
    private volatile String name;
    private volatile boolean daemon;

    private transient volatile Worker worker;
    private transient volatile boolean closed;
    private transient AtomicInteger childCounter;

    /** A process of the default context running {@code target}. */
    public Process(Target target) {
        this(Context.defaultContext(), Objects.requireNonNull(target, "target"), null, null);
    }

    /** A process of {@code context} running {@code target}. */
    public Process(Context context, Target target) {
        this(context, Objects.requireNonNull(target, "target"), null, null);
    }

    /** A named process of {@code context} running {@code target}. */
    public Process(Context context, Target target, String name) {
        this(context, Objects.requireNonNull(target, "target"), name, null);
    }

    /** A named process of {@code context} running {@code target}, daemon or not. */
    public Process(Context context, Target target, String name, boolean daemon) {
        this(context, Objects.requireNonNull(target, "target"), name, (Boolean) daemon);
    }

    /** For subclasses that override {@link #run()}: a process of the default context. */
    protected Process() {
        this(Context.defaultContext(), null, null, null);
    }

    /** For subclasses that override {@link #run()}. */
    protected Process(Context context) {
        this(context, null, null, null);
    }

    /** For subclasses that override {@link #run()}, with a name. */
    protected Process(Context context, String name) {
        this(context, null, name, null);
    }

    private Process(Context context, Target target, String name, Boolean daemon) {
        this.context = Objects.requireNonNull(context, "context");
        this.target = target;
        Process creator = ProcessRegistry.current();
        this.identity = creator.nextChildIdentity();
        this.authkey = creator.authkey.clone();
        this.name = name != null ? name : "Process-" + Arrays.stream(identity)
                .mapToObj(Integer::toString).collect(Collectors.joining(":"));
        this.daemon = daemon != null ? daemon : creator.daemon;
    }

    /** The main process of a JVM, or the stand-in for a parent JVM: already running. */
    Process(String name, byte[] authkey, Worker worker) {
        this.context = Context.defaultContext();
        this.target = null;
        this.identity = new int[0];
        this.authkey = authkey;
        this.name = name;
        this.daemon = false;
        this.worker = worker;
    }

    /** Ends the calling worker with {@code code}, as Python's {@code sys.exit(code)}. */
    public static void exit(int code) {
        throw new SystemExit(code);
    }

    /**
     * The work of the process: runs the target. Subclasses override it; it runs in the
     * worker, never in the caller of {@link #start()}.
     */
    public void run() throws Exception {
        if (target != null) {
            target.run();
        }
    }

    /**
     * Starts the worker. Returns without waiting for the worker to be running.
     *
     * @throws IllegalStateException if started before, or closed
     * @throws SerializationError in the spawn context, if the process cannot be serialized
     */
    public final synchronized void start() {
        checkOpen();
        if (worker != null) {
            throw new IllegalStateException("cannot start a process twice: " + this);
        }
        if (context.kind() == Context.Kind.SPAWN && ProcessRegistry.current().daemon) {
            throw new IllegalStateException("daemonic processes are not allowed to have children");
        }
        // Registered before the worker runs, so that its end always finds it registered.
        ProcessRegistry.started(this);
        try {
            if (context.kind() == Context.Kind.THREADS) {
                ThreadWorker thread = ThreadWorker.create(this, ProcessRegistry.current());
                worker = thread;
                logStarting();
                thread.start();
            } else if (context.kind() == Context.Kind.CLUSTER) {
                worker = EngineWorker.start(this, context.engine());
                target = null;
                logStarting();
            } else {
                worker = JvmWorker.start(this);
                // Serialized and on its way: the child has its own copy.
                target = null;
                logStarting();
            }
        } catch (RuntimeException | Error e) {
            ProcessRegistry.ended(this);
            throw e;
        }
    }

    private void logStarting() {
        Log.log(null, System.Logger.Level.INFO, "starting " + name + " pid " + worker.pid());
    }

    /** Waits until the process ends. */
    public final void join() {
        join(-1);
    }

    /**
     * Waits at most {@code timeout} for the process to end. A timeout of zero or less does
     * not wait; one too long for a {@code long} of nanoseconds waits without a limit.
     * Python's {@code join(timeout)} returns nothing; this also tells whether the process has
     * ended.
     *
     * @return whether the process has ended
     * @throws IllegalStateException if not started, or closed
     * @throws InterruptedError if interrupted while waiting (the interrupt flag is restored)
     */
    public final boolean join(Duration timeout) {
        long nanos = Timeouts.nanos(timeout);
        return join(Timeouts.unlimited(nanos) ? -1 : nanos);
    }

    private boolean join(long nanos) {
        Worker w = startedWorker();
        if (this == ProcessRegistry.current()) {
            throw new IllegalStateException("a process cannot join itself");
        }
        try {
            return w.join(nanos);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
    }

    /** Whether the process has started and not yet ended. */
    public final boolean isAlive() {
        checkOpen();
        return running();
    }

    /**
     * {@link #isAlive()} without the closed check, for the registry: a worker that has
     * ended may still be listed for a moment after its owner closed it.
     */
    final boolean running() {
        Worker w = worker;
        return !closed && w != null && w.exitCode() == null;
    }

    /** The process id, or {@code null} before start. A thread worker has this JVM's pid. */
    public final Long pid() {
        checkOpen();
        Worker w = worker;
        return w == null ? null : w.pid();
    }

    /** Python's {@code ident}: the same as {@link #pid()}. */
    public final Long ident() {
        return pid();
    }

    /** The exit code (see the class doc), or {@code null} while running or before start. */
    public final Integer exitCode() {
        checkOpen();
        Worker w = worker;
        return w == null ? null : w.exitCode();
    }

    /**
     * Asks the process to stop: SIGTERM for a child JVM (exit code -15), an interrupt for a
     * thread. A child JVM still alive 3 s later (stopped by SIGSTOP, say, which keeps the
     * SIGTERM pending) is killed with SIGKILL (exit code -9). Does nothing if the process has
     * ended.
     */
    public final void terminate() {
        startedWorker().terminate();
    }

    /** Stops the process now: SIGKILL for a child JVM (exit code -9), an interrupt for a thread. */
    public final void kill() {
        startedWorker().kill();
    }

    /**
     * Releases the resources of an ended process. A second call does nothing; every other
     * method fails after it.
     *
     * @throws IllegalStateException if the process is still running
     */
    public final synchronized void close() {
        if (closed) {
            return;
        }
        Worker w = worker;
        if (w != null && w.exitCode() == null) {
            throw new IllegalStateException("cannot close a process while it is still running: "
                    + "join() or terminate() it first");
        }
        closed = true;
        if (w != null) {
            w.close();
        }
    }

    /** The name; {@code Process-N} (or {@code Process-N:M} in a worker) unless given. */
    public final String name() {
        return name;
    }

    /** Changes the name. */
    public final void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Whether the process is a daemon: terminated, not waited for, when its parent exits. */
    public final boolean daemon() {
        return daemon;
    }

    /**
     * Sets the daemon flag; it defaults to the creator's.
     *
     * @throws IllegalStateException once the process has started
     */
    public final synchronized void setDaemon(boolean daemon) {
        checkOpen();
        if (worker != null) {
            throw new IllegalStateException("the daemon flag can only be set before start: " + this);
        }
        this.daemon = daemon;
    }

    /** The context this process runs in. */
    public final Context context() {
        return context;
    }

    /** A copy of the authentication key, inherited from the creator (Python's {@code authkey}). */
    public final byte[] authkey() {
        return authkey.clone();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("<").append(getClass().getSimpleName())
                .append(" name='").append(name).append('\'');
        Worker w = worker;
        if (closed) {
            s.append(" closed");
        } else if (w == null) {
            s.append(" initial");
        } else {
            s.append(" pid=").append(w.pid());
            Integer code = w.exitCode();
            s.append(code == null ? " started" : " stopped exitcode=" + code);
        }
        if (daemon) {
            s.append(" daemon");
        }
        return s.append('>').toString();
    }

    /** Runs the process in its worker and returns its exit code; see the class doc. */
    final int bootstrap(BooleanSupplier stopping) {
        try {
            Log.log(null, System.Logger.Level.INFO, "child process calling self.run()");
            run();
            return 0;
        } catch (SystemExit e) {
            return e.code();
        } catch (Throwable t) {
            if (!stopping.getAsBoolean()) {
                PrintStream err = stderr();
                synchronized (err) {
                    err.println("Process " + name + ":");
                    t.printStackTrace(err);
                }
            }
            return 1;
        } finally {
            // What the target captured is no longer kept alive by this Process.
            target = null;
            Log.log(null, System.Logger.Level.INFO, "process shutting down");
        }
    }

    /** {@code System.err}, or the JVM's own stderr if a target set it to null. */
    private static PrintStream stderr() {
        PrintStream err = System.err;
        return err != null ? err : new PrintStream(new FileOutputStream(FileDescriptor.err), true);
    }

    /** Makes a deserialized Process the running process of this child JVM. */
    final void runningAs(Worker self) {
        this.worker = self;
    }

    final byte[] authkeyRef() {
        return authkey;
    }

    private synchronized int[] nextChildIdentity() {
        if (childCounter == null) {
            childCounter = new AtomicInteger();
        }
        int[] child = Arrays.copyOf(identity, identity.length + 1);
        child[identity.length] = childCounter.incrementAndGet();
        return child;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("process object is closed: " + name);
        }
    }

    private Worker startedWorker() {
        checkOpen();
        Worker w = worker;
        if (w == null) {
            throw new IllegalStateException("process has not been started: " + this);
        }
        return w;
    }

}
