package dev.mp4j.queues;

import static dev.mp4j.testing.Interruptions.assertInterruptedWhileBlocked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.testing.BackgroundCall;
import dev.mp4j.testing.ContextContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JoinableQueue contract, run against both contexts: the task count, join in every form, and what shutdown does to it. */
@Timeout(120)
abstract class JoinableQueueContract extends ContextContract {

    <E> JoinableQueue<E> queue() {
        return new JoinableQueue<>(context());
    }

    @Test
    void joinReturnsAtOnceWhenNothingIsUnfinished() {
        JoinableQueue<Integer> q = queue();
        q.join();
        assertTrue(q.join(Duration.ZERO));
        assertEquals(0, q.unfinishedTasks());
    }

    @Test
    void everyPutIsATaskUntilItsTaskDone() {
        JoinableQueue<Integer> q = queue();
        q.put(1);
        q.put(2);
        assertEquals(2, q.unfinishedTasks());
        q.get();
        assertEquals(2, q.unfinishedTasks(), "a get alone finishes nothing");
        q.taskDone();
        assertEquals(1, q.unfinishedTasks());
        assertFalse(q.join(Duration.ZERO));
        q.get();
        q.taskDone();
        assertTrue(q.join(Duration.ZERO));
    }

    @Test
    void tooManyTaskDonesAreAClearError() {
        JoinableQueue<Integer> q = queue();
        IllegalStateException e = assertThrows(IllegalStateException.class, q::taskDone);
        assertTrue(e.getMessage().contains("taskDone() called more times than items were put"), e.getMessage());
        q.put(1);
        q.taskDone();
        assertThrows(IllegalStateException.class, q::taskDone);
        assertEquals(0, q.unfinishedTasks());
    }

    @Test
    void joinTimeouts() {
        JoinableQueue<Integer> q = queue();
        q.put(1);
        assertFalse(q.join(Duration.ZERO));
        assertFalse(q.join(Duration.ofSeconds(-1)));
        long start = System.nanoTime();
        assertFalse(q.join(QueueContract.SMALL));
        assertTrue(System.nanoTime() - start >= QueueContract.SMALL.toNanos());
        BackgroundCall<Boolean> join = BackgroundCall.start("join(huge)", () -> q.join(QueueContract.HUGE))
                .awaitBlocked(() -> q.getQueueLength() == 1);
        q.get();
        q.taskDone();
        assertTrue(join.result());
    }

    @Test
    void joinBlocksUntilTheLastTaskDone() {
        JoinableQueue<Integer> q = queue();
        for (int i = 0; i < 3; i++) {
            q.put(i);
        }
        BackgroundCall<Boolean> join = BackgroundCall.start("join", () -> {
            q.join();
            return true;
        }).awaitBlocked(() -> q.getQueueLength() == 1);
        q.get();
        q.taskDone();
        q.get();
        q.taskDone();
        // Still waiting for the third; each taskDone moves the joiner's futex word, so a
        // joiner about to sleep re-checks, and its count may dip for an instant: wait for it.
        join.awaitBlocked(() -> q.getQueueLength() == 1);
        q.get();
        q.taskDone();
        assertTrue(join.result());
    }

    @Test
    void joinIsInterruptible() {
        JoinableQueue<Integer> q = queue();
        q.put(1);
        assertInterruptedWhileBlocked(q::join, () -> q.getQueueLength() == 1);
        assertInterruptedWhileBlocked(() -> q.join(Duration.ofSeconds(30)), () -> q.getQueueLength() == 1);
    }

    @Test
    void workersFinishTheTasksAndTheParentJoins() {
        JoinableQueue<Integer> q = queue();
        for (int i = 0; i < 50; i++) {
            q.put(i);
        }
        var worker = startInWorker(() -> {
            for (int i = 0; i < 50; i++) {
                q.get(Duration.ofSeconds(30));
                q.taskDone();
            }
        });
        assertTrue(q.join(Duration.ofSeconds(60)), "joined after the worker's taskDone calls");
        worker.join();
    }

    @Test
    void shutdownImmediateCountsTheDroppedItemsAsDone() {
        JoinableQueue<Integer> q = queue();
        q.put(1);
        q.put(2);
        q.put(3);
        q.get();
        q.shutdown(true);
        assertEquals(1, q.unfinishedTasks(), "the taken one is still unfinished");
        q.taskDone();
        assertTrue(q.join(Duration.ZERO));
    }
}
