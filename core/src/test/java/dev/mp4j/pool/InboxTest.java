package dev.mp4j.pool;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class InboxTest {

    @Test
    void aSleepingTakerIsWokenByTheNextFrame() throws Exception {
        Inbox inbox = new Inbox();
        CompletableFuture<byte[]> taken = new CompletableFuture<>();
        Thread taker = Thread.ofPlatform().start(() -> {
            try {
                taken.complete(inbox.take());
            } catch (InterruptedException e) {
                taken.completeExceptionally(e);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> LockSupport.getBlocker(taker) == inbox);
        byte[] frame = {1, 2};
        inbox.add(frame);
        assertSame(frame, taken.get());
        taker.join();
    }

    @Test
    void framesComeOutInOrder() throws InterruptedException {
        Inbox inbox = new Inbox();
        assertNull(inbox.poll());
        inbox.add(new byte[] {1});
        inbox.add(new byte[] {2});
        inbox.add(new byte[] {3});
        assertArrayEquals(new byte[] {1}, inbox.take());
        List<byte[]> rest = new ArrayList<>();
        inbox.drainTo(rest);
        assertArrayEquals(new byte[] {2}, rest.get(0));
        assertArrayEquals(new byte[] {3}, rest.get(1));
        assertNull(inbox.poll());
    }

    @Test
    void anInterruptedTakerThrowsAndLeavesTheFrames() throws Exception {
        Inbox inbox = new Inbox();
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread taker = Thread.ofPlatform().start(() -> {
            try {
                inbox.take();
                outcome.complete(null);
            } catch (InterruptedException e) {
                outcome.complete(e);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> LockSupport.getBlocker(taker) == inbox);
        taker.interrupt();
        assertTrue(outcome.get() instanceof InterruptedException);
        inbox.add(new byte[] {9});
        assertArrayEquals(new byte[] {9}, inbox.poll());
    }
}
