package dev.mp4j.core;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.mp4j.testing.BackgroundCall;
import dev.mp4j.testing.ContextContract;
import java.io.Serial;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The Process contract, run against both contexts. */
@Timeout(60)
abstract class ProcessContract extends ContextContract {

    private static final Duration LONG = Duration.ofSeconds(60);
    /** Too long for a long of nanoseconds: no limit. */
    private static final Duration NO_LIMIT = Duration.ofSeconds(Long.MAX_VALUE);
    /** As negative as a Duration gets: does not wait. */
    private static final Duration FAR_NEGATIVE = Duration.ofSeconds(Long.MIN_VALUE);

    /** A grandchild of the threads context, published by its parent thread worker. */
    private static final AtomicReference<Process> THREAD_GRANDCHILD = new AtomicReference<>();

    private Process started(Process.Target target) {
        Process p = new Process(context(), target);
        p.start();
        return p;
    }

    @Test
    void returnGivesExitCodeZero() {
        Process p = started(() -> {});
        p.join();
        assertEquals(0, p.exitCode());
        assertFalse(p.isAlive());
    }

    @Test
    void uncaughtExceptionGivesExitCodeOne() {
        Process p = started(() -> {
            throw new IllegalStateException("expected by the test: exit code 1");
        });
        p.join();
        assertEquals(1, p.exitCode());
    }

    @Test
    void checkedExceptionGivesExitCodeOne() {
        Process p = started(() -> {
            throw new java.io.IOException("expected by the test: exit code 1");
        });
        p.join();
        assertEquals(1, p.exitCode());
    }

    @Test
    void explicitExitGivesItsCode() {
        Process p = started(() -> Process.exit(7));
        Process q = started(() -> {
            throw new SystemExit(3);
        });
        p.join();
        q.join();
        assertEquals(7, p.exitCode());
        assertEquals(3, q.exitCode());
    }

    @Test
    void terminateGivesMinus15() {
        Process p = started(() -> Thread.sleep(LONG));
        assertTrue(p.isAlive());
        p.terminate();
        p.join();
        assertEquals(-15, p.exitCode());
    }

    @Test
    void killGivesMinus9() {
        Process p = started(() -> Thread.sleep(LONG));
        p.kill();
        assertTrue(p.join(LONG));
        assertEquals(-9, p.exitCode());
    }

    @Test
    void terminateDoesNotWaitForANonDaemonGrandchild(@TempDir Path dir) throws Exception {
        // A cluster process's children are jobs of their own on any node: terminate stops the
        // one it names, and its children run on, as a terminated Python child's do on Unix.
        assumeFalse(cluster(), "a cluster process does not take its children with it");
        String pidFile = dir.resolve("grandchild.pid").toString();
        Context ctx = context();
        Process child = started(() -> {
            Process grandchild = new Process(ctx, () -> {
                // Written by the grandchild itself: it is running, not just launched.
                Files.writeString(Path.of(pidFile), Long.toString(ProcessHandle.current().pid()));
                Thread.sleep(Duration.ofMinutes(3));
            }, "grandchild", false);
            if (ctx.kind() == Context.Kind.THREADS) {
                THREAD_GRANDCHILD.set(grandchild);
            }
            grandchild.start();
            Thread.sleep(Duration.ofMinutes(3));
        });
        try {
            Path path = Path.of(pidFile);
            await().atMost(30, SECONDS).until(() -> Files.exists(path) && !Files.readString(path).isBlank());
            long grandchild = Long.parseLong(Files.readString(path).strip());
            child.terminate();
            assertTrue(child.join(Duration.ofSeconds(5)), "terminate() + join() returned in time");
            assertEquals(-15, child.exitCode());
            if (spawn()) {
                await().atMost(5, SECONDS).until(() -> !ProcessHandle.of(grandchild).map(ProcessHandle::isAlive).orElse(false));
            } else {
                // A thread worker's terminate() interrupts its own thread only.
                Process g = THREAD_GRANDCHILD.getAndSet(null);
                assertTrue(g.isAlive(), "the children of a thread worker run on");
                g.terminate();
                assertTrue(g.join(Duration.ofSeconds(5)));
            }
        } finally {
            child.kill();
            child.join();
        }
    }

    @Test
    void terminateAfterEndDoesNothing() {
        Process p = started(() -> {});
        p.join();
        p.terminate();
        p.kill();
        assertEquals(0, p.exitCode());
    }

    @Test
    void joinWithTimeoutReturnsWhileStillAlive() {
        Process p = started(() -> Thread.sleep(LONG));
        try {
            assertFalse(p.join(Duration.ofMillis(100)));
            assertFalse(p.join(Duration.ZERO));
            assertFalse(p.join(Duration.ofMillis(-5)));
            assertFalse(p.join(FAR_NEGATIVE));
            assertTrue(p.isAlive());
            assertNull(p.exitCode());
        } finally {
            p.kill();
            p.join();
        }
        assertTrue(p.join(Duration.ZERO));
        assertTrue(p.join(FAR_NEGATIVE));
    }

    @Test
    void joinWithATimeoutTooLongForNanosecondsWaitsForTheEnd() {
        Process p = started(() -> Thread.sleep(LONG));
        BackgroundCall<Boolean> join;
        try {
            join = BackgroundCall.start("join", () -> p.join(NO_LIMIT)).awaitBlocked();
        } finally {
            p.kill();
        }
        assertTrue(join.result());
        assertEquals(-9, p.exitCode());
        assertTrue(p.join(NO_LIMIT), "an ended process answers at once");
    }

    @Test
    void joinIsInterruptible() {
        Process p = started(() -> Thread.sleep(LONG));
        try {
            Thread.currentThread().interrupt();
            InterruptedError e = assertThrows(InterruptedError.class, p::join);
            assertTrue(Thread.interrupted(), "the interrupt flag is restored");
            assertTrue(e.getCause() instanceof InterruptedException);
        } finally {
            p.kill();
            p.join();
        }
    }

    @Test
    void startTwiceIsAnError() {
        Process p = started(() -> {});
        assertThrows(IllegalStateException.class, p::start);
        p.join();
        assertThrows(IllegalStateException.class, p::start);
    }

    @Test
    void theTargetIsDroppedOnceItHasRun() {
        WeakReference<?>[] captured = new WeakReference<?>[1];
        Process p = startedCapturing(captured);
        p.join();
        assertEquals(0, p.exitCode());
        await().atMost(20, SECONDS).until(() -> {
            System.gc();
            return captured[0].get() == null;
        });
        // p is still held: only the target, and what it captured, went.
        assertEquals(0, p.exitCode());
        assertThrows(IllegalStateException.class, p::start, "start twice still fails");
    }

    /** A started process whose target captures an object that only it (and the weak reference) holds. */
    private Process startedCapturing(WeakReference<?>[] captured) {
        int[] payload = new int[1 << 16];
        captured[0] = new WeakReference<>(payload);
        return started(() -> {
            if (payload.length != 1 << 16) {
                throw new AssertionError("the target saw another payload");
            }
        });
    }

    @Test
    void beforeStartNothingIsKnown() {
        Process p = new Process(context(), () -> {});
        assertNull(p.pid());
        assertNull(p.exitCode());
        assertFalse(p.isAlive());
        assertThrows(IllegalStateException.class, p::join);
        assertThrows(IllegalStateException.class, p::terminate);
        assertTrue(p.toString().contains("initial"), p.toString());
    }

    @Test
    void defaultNamesCount() {
        Process a = new Process(context(), () -> {});
        Process b = new Process(context(), () -> {});
        assertTrue(a.name().matches("Process-\\d+"), a.name());
        int n = Integer.parseInt(a.name().substring("Process-".length()));
        assertEquals("Process-" + (n + 1), b.name());
        assertEquals("worker", new Process(context(), () -> {}, "worker").name());
    }

    @Test
    void closeSemantics() {
        Process p = started(() -> Thread.sleep(LONG));
        assertThrows(IllegalStateException.class, p::close, "close of a live process");
        p.kill();
        p.join();
        p.close();
        p.close();
        assertThrows(IllegalStateException.class, p::exitCode);
        assertThrows(IllegalStateException.class, p::pid);
        assertThrows(IllegalStateException.class, p::isAlive);
        assertThrows(IllegalStateException.class, p::join);
        assertThrows(IllegalStateException.class, p::start);
        assertTrue(p.toString().contains("closed"), p.toString());
    }

    @Test
    void daemonFlagOnlyBeforeStart() {
        Process p = new Process(context(), () -> Thread.sleep(LONG), null, true);
        assertTrue(p.daemon());
        p.setDaemon(false);
        p.setDaemon(true);
        p.start();
        try {
            assertThrows(IllegalStateException.class, () -> p.setDaemon(false));
            assertTrue(p.toString().contains("daemon"), p.toString());
        } finally {
            p.kill();
            p.join();
        }
    }

    @Test
    void workerKnowsItsNameAndParent() {
        long parentPid = ProcessHandle.current().pid();
        String parentName = Context.currentProcess().name();
        Process p = new Process(context(), () -> {
            Process me = Context.currentProcess();
            Process parent = Context.parentProcess();
            boolean ok = me.name().equals("named-worker")
                    && parent != null && parent.pid() == parentPid && parent.name().equals(parentName);
            Process.exit(ok ? 0 : 42);
        }, "named-worker");
        p.start();
        p.join();
        assertEquals(0, p.exitCode());
    }

    @Test
    void mainProcessIsMainProcess() {
        assertEquals("MainProcess", Context.currentProcess().name());
        assertNull(Context.parentProcess());
        assertEquals(ProcessHandle.current().pid(), Context.currentProcess().pid());
    }

    @Test
    void workerInheritsTheAuthkey() {
        byte[] key = Context.currentProcess().authkey();
        assertEquals(32, key.length);
        Process p = started(() -> Process.exit(Arrays.equals(Context.currentProcess().authkey(), key) ? 0 : 42));
        p.join();
        assertEquals(0, p.exitCode());
    }

    @Test
    void pidIsTheWorkersPid() {
        Process p = started(() -> Thread.sleep(LONG));
        try {
            assertNotNull(p.pid());
            assertEquals(otherJvms(), p.pid() != ProcessHandle.current().pid());
        } finally {
            p.kill();
            p.join();
        }
    }

    @Test
    void activeChildrenListsLiveChildren() {
        Process p = started(() -> Thread.sleep(LONG));
        try {
            assertTrue(Context.activeChildren().contains(p));
        } finally {
            p.kill();
            p.join();
        }
        assertFalse(Context.activeChildren().contains(p));
    }

    @Test
    void subclassOverridesRun() {
        Squarer p = new Squarer(context(), 6);
        p.start();
        p.join();
        assertEquals(36, p.exitCode());
    }

    /** A subclass with state of its own, which travels with it to a child JVM. */
    static final class Squarer extends Process {
        @Serial
        private static final long serialVersionUID = 1L;
        private final int x;

        Squarer(Context context, int x) {
            super(context);
            this.x = x;
        }

        @Override
        public void run() {
            Process.exit(x * x);
        }
    }
}
