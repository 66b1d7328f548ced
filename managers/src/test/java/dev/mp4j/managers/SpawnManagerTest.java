package dev.mp4j.managers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpawnManagerTest extends ManagerContract {

    @Override
    protected Context context() {
        return Context.spawn();
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
}
