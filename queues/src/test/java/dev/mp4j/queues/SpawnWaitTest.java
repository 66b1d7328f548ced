package dev.mp4j.queues;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.testing.WorkerCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The await contract between JVMs: a waiter in a child JVM really sleeps on both pipes, and a send here wakes it. */
class SpawnWaitTest extends WaitContract {

    @Override
    protected Context context() {
        return Context.spawn();
    }

    @Test
    void anAwaitInAChildJvmOnTwoPipesWakesAtASendFromThisOne() {
        Pipe a = pipe();
        Pipe b = pipe();
        Connection aChild = a.conn1();
        Connection bChild = b.conn1();
        WorkerCall child = startInWorker(() -> {
            List<Connection> ready = Connection.await(List.of(aChild, bChild), HUGE);
            assertEquals(List.of(bChild), ready);
            assertEquals("wake up", bChild.recv());
        });
        // Both waiter counts are in shared memory: the child sleeps on both words.
        await().atMost(PATIENCE).until(() -> aChild.getQueueLength() == 1 && bChild.getQueueLength() == 1);
        b.conn2().send("wake up");
        child.join();
    }

    @Test
    void aProcessAndAPipeTogether() {
        Pipe a = pipe();
        Process p = new Process(context(), () -> {});
        p.start();
        assertEquals(List.of(p), Connection.await(List.of(a.conn1(), p), PATIENCE));
        p.join();
    }
}
