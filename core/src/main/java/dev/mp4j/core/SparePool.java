package dev.mp4j.core;

import dev.mp4j.core.internal.Log;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The spare child JVMs of one list of JVM options ({@link Context#withSpares(int)}): a queue of
 * ready {@link Spare}s, refilled in the background to the largest count any context asked for.
 *
 * <p>A {@link #take} hands out a ready spare whose JVM is alive, or null, and never waits: a
 * spare still booting may be far from ready, and a fresh child boots no slower. Refills boot one
 * spare at a time, so that spares never crowd the CPUs of the fresh boots they are meant to
 * spare. A spare that dies while idle leaves the queue and is replaced; a spare that fails to
 * boot stops the refill until the next take, so bad options cost one failed boot per start, not
 * a loop. A refill after a take waits until no spare has been taken for
 * {@link #REFILL_GRACE_NANOS}: a JVM booting at once would take a core from the processes just
 * started (on 2 cores, a {@code Pool(2)} on spares ran its first map in 100 to 150 ms with the
 * boot held back, 170 to 270 ms beside it), and the next start of a burst would not find it
 * ready anyway.
 *
 * <p>At this JVM's exit every spare, idle or booting, is killed; if this JVM dies instead, each
 * spare sees its channel end and exits (the rule of {@link ChildMain}).
 *
 * <p>Thread-safe: the state of a pool is guarded by the pool.
 */
final class SparePool {

    private static final Map<List<String>, SparePool> POOLS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> POOLS.values().forEach(SparePool::close), "mp4j-spares-exit"));
    }

    /** How long after the latest take a refill starts to boot; see the class doc. */
    static final long REFILL_GRACE_NANOS = 250_000_000L;

    private final List<String> options;
    private final Deque<Spare> ready = new ArrayDeque<>();
    private int target;
    private boolean booting;
    /** The JVM of the spare being booted, once launched; null otherwise. */
    private java.lang.Process bootingJvm;
    private boolean closed;
    /** When a spare was last taken (nanoTime), or 0. */
    private long lastTake;

    private SparePool(List<String> options) {
        this.options = options;
    }

    /** The pool of child JVMs with {@code options}. */
    static SparePool of(List<String> options) {
        return POOLS.computeIfAbsent(List.copyOf(options), SparePool::new);
    }

    /**
     * A ready spare for a process of {@code context} (which keeps spares), or null if none is
     * ready. A context that reached a child JVM inside a Process makes that JVM's own spares here.
     */
    static Spare take(Context context) {
        SparePool pool = of(context.jvmOptions());
        pool.keep(context.spares());
        return pool.take();
    }

    /** Keeps at least {@code n} spares from now on. */
    synchronized void keep(int n) {
        target = Math.max(target, n);
        refill();
    }

    private synchronized Spare take() {
        Spare spare;
        while ((spare = ready.poll()) != null && !spare.alive()) {
            spare.kill();
        }
        lastTake = System.nanoTime();
        refill();
        return spare;
    }

    /** How many spares are ready now. */
    synchronized int readyCount() {
        return (int) ready.stream().filter(Spare::alive).count();
    }

    /** The pids of the ready spares, for tests. */
    synchronized List<Long> readyPids() {
        return ready.stream().filter(Spare::alive).map(s -> s.jvm().pid()).toList();
    }

    private synchronized void refill() {
        if (!booting && !closed && ready.size() < target) {
            booting = true;
            Thread.ofPlatform().daemon().name("mp4j-spares").start(this::bootUntilFull);
        }
    }

    private void bootUntilFull() {
        boolean failed = true;
        try {
            awaitGrace();
            while (!offer(Spare.boot(options, this::launched))) {
                // Still short of the target: boot the next.
            }
            failed = false;
        } catch (IOException | RuntimeException e) {
            // Killed by close() at exit, or a real failure the user should hear of.
            Log.log(null, isClosed() ? System.Logger.Level.DEBUG : System.Logger.Level.WARNING,
                    "a spare JVM failed to boot (options " + options + "): " + e);
        } finally {
            synchronized (this) {
                booting = false;
                bootingJvm = null;
                if (!failed) {
                    // A take while the last boot ran found the booting flag set.
                    refill();
                }
            }
        }
    }

    /** Waits until no spare has been taken for the grace period, or the pool closes. */
    private synchronized void awaitGrace() {
        long wait;
        while (!closed && lastTake != 0 && (wait = lastTake + REFILL_GRACE_NANOS - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.timedWait(this, wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // a daemon of mp4j's own: nobody interrupts it but the JVM's end
            }
        }
    }

    /** Queues a booted spare; returns whether the pool is full (or closed, and the spare killed). */
    private synchronized boolean offer(Spare spare) {
        bootingJvm = null;
        if (closed) {
            spare.kill();
            return true;
        }
        ready.add(spare);
        spare.jvm().onExit().thenRun(() -> died(spare));
        return ready.size() >= target;
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private synchronized void launched(java.lang.Process jvm) {
        bootingJvm = jvm;
        if (closed) {
            jvm.destroyForcibly();
        }
    }

    /** An idle spare's JVM ended: it leaves the queue and another boots. A spare handed out is not here. */
    private synchronized void died(Spare spare) {
        if (ready.remove(spare)) {
            spare.kill();
            refill();
        }
    }

    /** Kills every spare, idle or booting, and boots no more: at exit, and for tests. */
    synchronized void close() {
        closed = true;
        notifyAll();
        List<Spare> idle = new ArrayList<>(ready);
        ready.clear();
        idle.forEach(Spare::kill);
        if (bootingJvm != null) {
            bootingJvm.destroyForcibly();
        }
        POOLS.remove(options, this);
    }
}
