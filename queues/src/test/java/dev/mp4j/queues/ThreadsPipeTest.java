package dev.mp4j.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.SerializationError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadsPipeTest extends PipeContract {

    @Override
    protected Context context() {
        return Context.threads();
    }

    @Test
    void aThreadsPipeEndCannotTravelToAChildJvm() {
        Pipe p = pipe();
        Process child = new Process(Context.spawn(), () -> p.conn2().send(1));
        SerializationError e = assertThrows(SerializationError.class, child::start);
        assertTrue(e.getMessage().contains("a Connection of Context.threads()") && e.getMessage().contains("Context.spawn()"),
                e.getMessage());
    }

    /** Bytes are copied at the send, so the sender may reuse its array at once; an object is serialized there. */
    @Test
    void aSendCopiesWhatItSends() {
        Pipe p = pipe();
        byte[] buffer = {1};
        p.conn1().sendBytes(buffer);
        buffer[0] = 2;
        assertEquals(1, p.conn2().recvBytes()[0]);
        List<String> list = new ArrayList<>(List.of("a"));
        p.conn1().send(list);
        Object got = p.conn2().recv();
        assertEquals(list, got);
        assertNotSame(list, got, "an object travels serialized, as between processes");
    }
}
