package dev.mp4j.queues;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.SerializationError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadsQueueTest extends QueueContract {

    @Override
    protected Context context() {
        return Context.threads();
    }

    @Test
    void itemsArePassedByReference() {
        Queue<List<String>> q = queue(0);
        List<String> item = new ArrayList<>();
        q.put(item);
        assertSame(item, q.get());
    }

    @Test
    void aThreadsQueueCannotTravelToAChildJvm() {
        Queue<Integer> q = queue(0);
        Process p = new Process(Context.spawn(), () -> q.put(1));
        SerializationError e = assertThrows(SerializationError.class, p::start);
        assertTrue(e.getMessage().contains("a Queue of Context.threads()") && e.getMessage().contains("Context.spawn()"),
                e.getMessage());
    }
}
