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

    @ParameterizedTest
    @ValueSource(strings = {"futex", "backoff"})
    void awaitAnyReturnsAtOnceWhenOneWordDiffersAndTimesOutOtherwise(String name) {
        Waiter waiter = Waiters.select(name);
        try (Arena arena = Arena.ofConfined()) {
            SharedWords a = new SharedWords(arena.allocate(ValueLayout.JAVA_INT));
            SharedWords b = new SharedWords(arena.allocate(ValueLayout.JAVA_INT));
            b.setIntVolatile(0, 7);
            long start = System.nanoTime();
            waiter.awaitAny(new SharedWords[] {a, b}, new long[] {0, 0}, new int[] {0, 6}, LONG_NANOS);
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "the second word differs");
            start = System.nanoTime();
            waiter.awaitAny(new SharedWords[] {a, b}, new long[] {0, 0}, new int[] {0, 7}, 50_000_000L);
            assertTrue(System.nanoTime() - start >= 40_000_000L, "slept about the timeout");
        }
    }

    /**
     * One futex_waitv on two words, with a 30 s timeout and no word changed, ends at a plain
     * FUTEX_WAKE of the second: only a real sleep on both words can return so soon (the
     * wake is repeated, since one sent before the sleeper is in the kernel is lost).
     */
    @org.junit.jupiter.api.Test
    void aWakeOfAnyWordEndsAFutexVectorSleep() throws InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(FutexWaiter.supported(), "no futex on this platform");
        String[] version = System.getProperty("os.version").split("[.-]");
        int major = Integer.parseInt(version[0]);
        int minor = Integer.parseInt(version[1]);
        org.junit.jupiter.api.Assumptions.assumeTrue(major > 5 || major == 5 && minor >= 16,
                "futex_waitv came with Linux 5.16; this is " + System.getProperty("os.version"));
        Waiter waiter = Waiters.select("futex");
        SharedWords a = new SharedWords(Arena.ofAuto().allocate(ValueLayout.JAVA_INT));
        SharedWords b = new SharedWords(Arena.ofAuto().allocate(ValueLayout.JAVA_INT));
        CountDownLatch woke = new CountDownLatch(1);
        Thread sleeper = Thread.ofPlatform().start(() -> {
            waiter.awaitAny(new SharedWords[] {a, b}, new long[] {0, 0}, new int[] {0, 0}, LONG_NANOS);
            woke.countDown();
        });
        await().atMost(10, SECONDS).until(() -> {
            waiter.wake(b, 0, 1);
            return woke.await(10, java.util.concurrent.TimeUnit.MILLISECONDS);
        });
        sleeper.join();
        assertTrue(FutexVector.supported(), "futex_waitv answered");
    }
}
