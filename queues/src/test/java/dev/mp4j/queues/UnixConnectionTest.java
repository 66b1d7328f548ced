package dev.mp4j.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The connection contract over a Unix domain socket. */
class UnixConnectionTest extends ConnectionContract {

    @Override
    String address(Path dir) {
        return dir.resolve("contract.sock").toString();
    }

    /**
     * A Unix domain send puts the bytes in the receiver's buffer before it returns, so a poll
     * without waiting must see them at once (a poll that only starts a read would not).
     */
    @Test
    void aPollWithoutWaitingSeesAMessageAlreadyThere() {
        for (int i = 0; i < 100; i++) {
            theirs.send(i);
            assertTrue(mine.poll(), "message " + i);
            assertEquals(i, mine.recv());
        }
    }
}
