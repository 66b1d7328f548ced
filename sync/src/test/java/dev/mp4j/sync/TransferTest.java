package dev.mp4j.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.SerializationError;
import dev.mp4j.testing.WorkerCall;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How locks travel, or refuse to, between JVMs. */
@Timeout(60)
class TransferTest {

    @TempDir
    Path workerReports;

    @Test
    void aThreadsLockPassedToAChildJvmFailsAtStartSayingWhatToDo() {
        Lock lock = new Lock(Context.threads());
        Process p = new Process(Context.spawn(), () -> lock.acquire());
        SerializationError e = assertThrows(SerializationError.class, p::start);
        assertTrue(e.getMessage().contains("a Lock of Context.threads() cannot travel to another JVM; "
                + "create it with Context.spawn()"), e.getMessage());
        assertTrue(e.getMessage().contains("captured[0]:Lock"), e.getMessage());
    }

    @Test
    void aThreadsRLockLikewise() {
        RLock lock = new RLock(Context.threads());
        Process p = new Process(Context.spawn(), () -> lock.acquire());
        SerializationError e = assertThrows(SerializationError.class, p::start);
        assertTrue(e.getMessage().contains("create it with Context.spawn()"), e.getMessage());
    }

    @Test
    void everyChildSeesTheSameSpawnLock() {
        Lock lock = new Lock(Context.spawn());
        Event taken = new Event(Context.spawn());
        Event done = new Event(Context.spawn());
        // The taker stays alive while the second child tries: a dead holder would be taken over.
        WorkerCall taker = WorkerCall.start(Context.spawn(), workerReports, () -> {
            boolean ok = lock.acquire(false);
            taken.set();
            done.await(Duration.ofSeconds(60));
            assertTrue(ok, "the first child took the free lock");
        });
        assertTrue(taken.await(Duration.ofSeconds(60)));
        WorkerCall.start(Context.spawn(), workerReports,
                () -> assertFalse(lock.acquire(Duration.ofMillis(50)), "the first child still holds it")).join();
        done.set();
        taker.join();
        assertTrue(lock.isLocked());
        lock.release();
    }

    /** Two children hand the lock back and forth; one sleeps on the futex, one on the fallback. */
    @Test
    void lockHandedBetweenChildrenWithEitherWaiter() {
        for (String waiter : new String[] {"futex", "backoff"}) {
            Lock ping = new Lock(Context.spawn());
            Lock pong = new Lock(Context.spawn());
            ping.acquire();
            pong.acquire();
            int rounds = 300;
            Context ctx = Context.spawn().withJvmOptions("-Dmp4j.waiter=" + waiter);
            Process a = new Process(ctx, () -> {
                for (int i = 0; i < rounds; i++) {
                    ping.acquire();
                    pong.release();
                }
            });
            Process b = new Process(ctx, () -> {
                for (int i = 0; i < rounds; i++) {
                    ping.release();
                    pong.acquire();
                }
            });
            a.start();
            b.start();
            a.join();
            b.join();
            assertEquals(0, a.exitCode(), waiter);
            assertEquals(0, b.exitCode(), waiter);
        }
    }

    @Test
    void threadsPrimitivesOfTheNewKindsRefuseToTravelNamingThemselves() {
        Context threads = Context.threads();
        Object[] primitives = {new Semaphore(threads, 1), new BoundedSemaphore(threads, 1), new Event(threads),
            new Condition(threads), new Barrier(threads, 2)};
        String[] names = {"a Semaphore", "a BoundedSemaphore", "an Event", "a Condition", "a Barrier"};
        for (int i = 0; i < primitives.length; i++) {
            Object primitive = primitives[i];
            Process p = new Process(Context.spawn(), () -> System.out.println(primitive));
            SerializationError e = assertThrows(SerializationError.class, p::start);
            assertTrue(e.getMessage().contains(names[i] + " of Context.threads() cannot travel"), e.getMessage());
        }
    }

    @Test
    void spawnPrimitivesTravelAsHandles() {
        Context spawn = Context.spawn();
        Semaphore s = new Semaphore(spawn, 0);
        Event e = new Event(spawn);
        Barrier b = new Barrier(spawn, 2);
        Condition c = new Condition(spawn);
        Process p = new Process(spawn, () -> {
            s.release();
            e.set();
            try (Held ignored = c.hold()) {
                c.signalAll();
            }
            b.await();
        });
        p.start();
        int index = b.await(Duration.ofSeconds(60));
        assertTrue(index == 0 || index == 1, "index " + index);
        p.join();
        assertEquals(0, p.exitCode());
        assertEquals(1, s.getValue());
        assertTrue(e.isSet());
    }

    @Test
    void theNoContextFormsUseTheDefaultContext() {
        assertEquals(2, new Semaphore(2).getValue());
        assertThrows(IllegalMonitorStateException.class, () -> new BoundedSemaphore(1).release());
        assertTrue(new Semaphore().acquire(false));
        assertEquals(0, new Barrier(1).await());
        assertEquals(0, new Barrier(1, null, Duration.ofSeconds(1)).await());
        Semaphore actions = new Semaphore(0);
        assertEquals(0, new Barrier(1, actions::release).await());
        assertEquals(1, actions.getValue(), "the action ran once");
        assertFalse(new Event().isSet());
        Condition c = new Condition();
        try (Held ignored = c.hold()) {
            assertFalse(c.await(Duration.ZERO));
        }
    }
}
