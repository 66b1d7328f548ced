package dev.mp4j.managers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.awaitility.Awaitility.await;

import dev.mp4j.core.Context;
import dev.mp4j.sync.Event;
import java.time.Duration;
import dev.mp4j.core.Process;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpawnManagerTest extends ManagerContract {

    @Override
    protected Context context() {
        return Context.spawn();
    }

    /** Beyond Python, which keeps them until shutdown: a killed holder's references are freed. */
    @Test
    void theReferencesOfAKilledProcessAreFreed() {
        int before = manager().objectCount();
        Event holding = manager().event();
        Process holder = startHolder(holding);
        assertTrue(holding.await(Duration.ofSeconds(60)));
        System.gc();
        assertEquals(before + 1, manager().objectCount(), "the child holds it, whatever this process does");
        holder.kill();
        holder.join();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            System.gc();
            return manager().objectCount() == before;
        });
    }

    /** A child holding the one proxy of a new object; this process keeps none once it returns. */
    private Process startHolder(Event holding) {
        Maths maths = manager().create("Maths");
        Process p = new Process(context(), () -> {
            if (maths.add(1, 1) == 2) {
                holding.set();
            }
            Thread.sleep(Long.MAX_VALUE);
        });
        p.start();
        return p;
    }

    /** Python's rule: a manager's server is a daemon child, gone with the manager. */
    @Test
    void theServerIsAChildJvmThatShutdownEnds() {
        Manager m = Manager.start(context());
        List<Integer> l = m.list();
        l.add(1);
        Process server = m.serverProcess();
        assertTrue(Context.activeChildren().contains(server));
        assertTrue(server.daemon());
        m.shutdown();
        assertFalse(server.isAlive());
        assertEquals(0, server.exitCode());
        assertFalse(Context.activeChildren().contains(server));
    }

    /** No orphan: a manager's server exits when the process that started it is SIGKILLed. */
    @Test
    void theServerExitsWhenItsOwnerIsKilled() {
        dev.mp4j.queues.Queue<Long> serverPid = new dev.mp4j.queues.Queue<>(context());
        Process owner = new Process(context(), () -> {
            Manager m = Manager.start(Context.spawn());
            serverPid.put(m.serverProcess().pid());
            Thread.sleep(Long.MAX_VALUE);
        });
        owner.start();
        long pid = serverPid.get(Duration.ofSeconds(60));
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        assertTrue(server.isAlive());
        owner.kill();
        owner.join();
        await().atMost(Duration.ofSeconds(30)).until(() -> !server.isAlive());
    }
}
