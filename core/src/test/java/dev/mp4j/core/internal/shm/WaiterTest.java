package dev.mp4j.core.internal.shm;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both waiters, selected by name as {@code -Dmp4j.waiter} would. */
class WaiterTest {

    private static final long LONG_NANOS = 30_000_000_000L;

    @ParameterizedTest
    @ValueSource(strings = {"futex", "backoff"})
    void awaitReturnsAtOnceWhenTheWordDiffers(String name) {
        Waiter waiter = Waiters.select(name);
        try (Arena arena = Arena.ofConfined()) {
            SharedWords word = new SharedWords(arena.allocate(ValueLayout.JAVA_INT));
            word.setIntVolatile(0, 5);
            long start = System.nanoTime();
            waiter.await(word, 0, 4, LONG_NANOS);
            assertTrue(System.nanoTime() - start < 5_000_000_000L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"futex", "backoff"})
    void awaitTimesOut(String name) {
        Waiter waiter = Waiters.select(name);
        try (Arena arena = Arena.ofConfined()) {
            SharedWords word = new SharedWords(arena.allocate(ValueLayout.JAVA_INT));
            long start = System.nanoTime();
            waiter.await(word, 0, 0, 50_000_000L);
            assertTrue(System.nanoTime() - start >= 40_000_000L, "slept about the timeout");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"futex", "backoff"})
    void aChangeAndWakeReleaseTheSleeper(String name) throws InterruptedException {
        Waiter waiter = Waiters.select(name);
        SharedWords word = new SharedWords(Arena.ofAuto().allocate(ValueLayout.JAVA_INT));
        CountDownLatch sleeping = new CountDownLatch(1);
        CountDownLatch woke = new CountDownLatch(1);
        Thread sleeper = Thread.ofPlatform().start(() -> {
            sleeping.countDown();
            while (word.getIntVolatile(0) == 0) {
                waiter.await(word, 0, 0, LONG_NANOS);
            }
            woke.countDown();
        });
        sleeping.await();
        assertFalse(woke.await(50, java.util.concurrent.TimeUnit.MILLISECONDS));
        word.setIntVolatile(0, 1);
        waiter.wake(word, 0, 1);
        await().atMost(5, SECONDS).until(() -> woke.getCount() == 0);
        sleeper.join();
    }
}
