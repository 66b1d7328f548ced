package dev.mp4j.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.sync.Lock;
import dev.mp4j.sync.RLock;
import dev.mp4j.testing.ContextContract;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Array and RawArray contract, run against both contexts. */
@Timeout(120)
abstract class ArrayContract extends ContextContract {

    @Test
    void indexesFollowPythonAndAreBoundsChecked() {
        Array<Integer> a = Array.ofInts(context(), 1, 2, 3);
        assertEquals(3, a.length());
        assertEquals(3, a.get(-1));
        assertEquals(1, a.get(-3));
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> a.get(3));
        assertEquals("array index 3 out of range for length 3", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> a.set(-4, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> a.incrementAndGet(3));
        assertEquals(0, Array.of(context(), 'd', 0).length());
        assertThrows(IllegalArgumentException.class, () -> RawArray.of(context(), 'd', -1));
    }

    @Test
    void slicesReadAsListsAndWriteWithALengthCheck() {
        Array<Long> a = Array.ofLongs(context(), 0, 1, 2, 3, 4, 5);
        assertEquals(List.of(1L, 2L), a.slice(1, 3));
        assertEquals(List.of(4L, 5L), a.slice(-2, 100), "Python clamps slice bounds");
        assertEquals(List.of(), a.slice(4, 2));
        a.setSlice(1, 3, List.of(10L, 20L));
        assertEquals(List.of(0L, 10L, 20L, 3L, 4L, 5L), a.toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> a.setSlice(0, 2, List.of(1L, 2L, 3L)));
        assertEquals("slice [0:2] of an array of length 6 has 2 elements, cannot assign 3", e.getMessage());
        assertEquals(List.of(0L, 10L, 20L, 3L, 4L, 5L), a.toList(), "a refused slice writes nothing");
    }

    @Test
    void bulkCopiesToAndFromJavaArrays() {
        RawArray<Double> d = RawArray.of(context(), 'd', 5);
        d.copyFrom(1, new double[] {9, 1.5, 2.5, 3.5}, 1, 3);
        assertArrayEquals(new double[] {0, 1.5, 2.5, 3.5, 0}, d.toDoubleArray());
        double[] out = new double[4];
        d.copyTo(2, out, 1, 3);
        assertArrayEquals(new double[] {0, 2.5, 3.5, 0}, out);
        assertEquals(2.5, d.getDouble(2));
        d.setDouble(-1, 7);
        assertEquals(7.0, d.get(4));
        assertThrows(IndexOutOfBoundsException.class, () -> d.copyTo(3, out, 0, 3));
        UnsupportedOperationException wrong = assertThrows(UnsupportedOperationException.class,
                () -> d.copyTo(0, new int[1], 0, 1));
        assertEquals("copyTo(int[]) needs typecode 'i', this array is 'd'", wrong.getMessage());

        Array<Integer> i = Array.ofInts(context(), 4, 5, 6);
        assertArrayEquals(new int[] {4, 5, 6}, i.toIntArray());
        i.copyFrom(0, new int[] {7}, 0, 1);
        assertEquals(7, i.getInt(0));
        Array<Long> l = Array.of(context(), 'l', List.of(1L, 2L));
        assertArrayEquals(new long[] {1, 2}, l.toLongArray());
        assertEquals(2L, l.getLong(1));
    }

    @Test
    void charArraysHaveValueAndRaw() {
        Array<Byte> c = Array.of(context(), 'c', 8);
        c.setValue("hello".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), c.value());
        c.setValue("hi".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals("hi".getBytes(StandardCharsets.US_ASCII), c.value(), "value stops at the first NUL");
        assertArrayEquals(new byte[] {'h', 'i', 0, 'l', 'o', 0, 0, 0}, c.raw(), "raw is every byte");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.setRaw(new byte[9]));
        assertEquals("byte string too long: 9 bytes for a 'c' array of length 8", e.getMessage());
        RawArray<Byte> full = RawArray.ofBytes(context(), "abc".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), full.value());
        assertEquals((byte) 'b', full.get(1));
        assertThrows(UnsupportedOperationException.class, () -> Array.ofInts(context(), 1).value());
    }

    @Test
    void lockTrueFalseOrGiven() {
        SharedArray<Integer> locked = Array.of(context(), 'i', 3, true);
        Array<Integer> withLock = assertInstanceOf(Array.class, locked);
        assertInstanceOf(RLock.class, withLock.getLock());
        assertInstanceOf(RawArray.class, Array.of(context(), 'i', List.of(1, 2), false));
        assertInstanceOf(RawValue.class, Value.of(context(), 'd', 1.0, false));
        assertInstanceOf(Value.class, Value.of(context(), 'd', 1.0, true));
        Lock lock = new Lock(context());
        Array<Double> given = Array.of(context(), 'd', 2, lock);
        assertSame(lock, given.getLock());
        lock.acquire();
        try {
            runInWorker(() -> assertFalse(given.getLock().acquire(false), "the given lock, held by the test"));
        } finally {
            lock.release();
        }
        try (var _ = withLock.hold()) {
            withLock.set(0, withLock.get(0) + 1);   // the RLock re-enters
        }
        assertEquals(1, withLock.getObj().get(0));
    }

    @Test
    void workersSeeEachOthersElements() {
        Array<Integer> a = Array.ofInts(context(), 1, 2, 3);
        RawArray<Double> d = RawArray.of(context(), 'd', 1000);
        runInWorker(() -> {
            assertEquals(List.of(1, 2, 3), a.toList(), "the elements the worker sees");
            for (int i = 0; i < a.length(); i++) {
                a.set(i, a.get(i) * 10);
            }
            for (int i = 0; i < d.length(); i++) {
                d.setDouble(i, i + 0.5);
            }
        });
        assertEquals(List.of(10, 20, 30), a.toList());
        for (int i = 0; i < d.length(); i++) {
            assertEquals(i + 0.5, d.getDouble(i));
        }
    }

    @Test
    void theSeedsIncrementUnderGetLockLosesNothing() {
        Array<Integer> a = Array.ofInts(context(), 1, 2, 3);
        int rounds = cluster() ? 40 : 5_000;   // a cluster's lock and each element are network round trips
        runInWorkers(2, () -> {
            for (int n = 0; n < rounds; n++) {
                try (var _ = a.getLock().hold()) {
                    for (int i = 0; i < a.length(); i++) {
                        a.set(i, a.get(i) + 1);
                    }
                }
            }
        });
        assertEquals(List.of(1 + 2 * rounds, 2 + 2 * rounds, 3 + 2 * rounds), a.toList());
    }

    @Test
    void atomicElementHelpersLoseNothingWithoutALock() {
        RawArray<Long> wide = RawArray.of(context(), 'q', 2);
        RawArray<Short> narrow = RawArray.of(context(), 'h', 3);
        int rounds = cluster() ? 400 : 20_000;   // each add is a round trip to a cluster node
        if (cluster()) {
            narrow.set(1, (short) (Short.MAX_VALUE - rounds));   // so the adds still wrap
        }
        short start = narrow.get(1);
        runInWorkers(2, () -> {
            for (int n = 0; n < rounds; n++) {
                wide.incrementAndGet(1);
                narrow.incrementAndGet(1);
            }
        });
        assertEquals(List.of(0L, 2L * rounds), wide.toList());
        assertEquals(List.of((short) 0, (short) (start + 2 * rounds), (short) 0), narrow.toList(),
                "a 2-byte add leaves its neighbours alone and wraps past Short.MAX_VALUE");
        assertTrue(narrow.get(1) < 0, "the adds wrapped to a negative short");
    }

    @Test
    void compareAndSetOnElements() {
        Array<Integer> a = Array.ofInts(context(), 5, 6);
        assertTrue(a.compareAndSet(1, 6, 60));
        assertFalse(a.compareAndSet(1, 6, 61));
        assertEquals(List.of(5, 60), a.toList());
        assertEquals(5, a.getAndAdd(0, 2));
        assertEquals(8, a.addAndGet(0, 1));
    }

    /** An Array's elements and lock, or a RawArray's elements, are of {@code context()}. */
    private void assertOfThisContext(SharedArray<?> a) {
        if (a instanceof Array<?> array) {
            assertEquals(otherJvms(), DefaultContext.travels(array.getObj()), "the elements of " + a.typecode());
            assertEquals(otherJvms(), DefaultContext.travels(array.getLock()), "the lock of " + a.typecode());
        } else {
            assertEquals(otherJvms(), DefaultContext.travels(a), "the raw array of " + a.typecode());
        }
    }

    @Test
    void theNoContextArrayFactoriesUseTheDefaultContext() {
        DefaultContext.with(context(), () -> {
            Array<Integer> zeros = Array.of('i', 3);
            assertEquals(List.of(0, 0, 0), zeros.toList());
            assertOfThisContext(zeros);
            Array<Short> listed = Array.of('h', List.of((short) 1, (short) 2));
            assertEquals(List.of((short) 1, (short) 2), listed.toList());
            assertOfThisContext(listed);
            Lock lock = new Lock(context());
            Array<Integer> guarded = Array.of('i', 2, lock);
            assertSame(lock, guarded.getLock());
            assertOfThisContext(guarded);
            Array<Integer> guardedList = Array.of('i', List.of(4, 5), lock);
            assertSame(lock, guardedList.getLock());
            assertEquals(List.of(4, 5), guardedList.toList());
            assertOfThisContext(guardedList);
            SharedArray<Double> locked = Array.of('d', 2, true);
            assertInstanceOf(Array.class, locked);
            assertOfThisContext(locked);
            SharedArray<Double> unlocked = Array.of('d', 2, false);
            assertInstanceOf(RawArray.class, unlocked);
            assertOfThisContext(unlocked);
            SharedArray<Long> lockedList = Array.of('q', List.of(1L), true);
            assertInstanceOf(Array.class, lockedList);
            assertOfThisContext(lockedList);
            SharedArray<Long> unlockedList = Array.of('q', List.of(1L), false);
            assertInstanceOf(RawArray.class, unlockedList);
            assertEquals(List.of(1L), unlockedList.toList());
            assertOfThisContext(unlockedList);
            Array<Integer> ints = Array.ofInts(1, 2);
            assertEquals(List.of(1, 2), ints.toList());
            assertOfThisContext(ints);
            Array<Long> longs = Array.ofLongs(3L);
            assertEquals(Typecode.LONG_LONG, longs.typecode());
            assertOfThisContext(longs);
            Array<Double> doubles = Array.ofDoubles(0.5, 1.5);
            assertEquals(List.of(0.5, 1.5), doubles.toList());
            assertOfThisContext(doubles);
            Array<Byte> bytes = Array.ofBytes("hi".getBytes(StandardCharsets.US_ASCII));
            assertEquals(Typecode.CHAR, bytes.typecode());
            assertOfThisContext(bytes);
        });
    }

    @Test
    void theNoContextRawArrayFactoriesUseTheDefaultContext() {
        DefaultContext.with(context(), () -> {
            RawArray<Double> zeros = RawArray.of('d', 2);
            assertEquals(List.of(0.0, 0.0), zeros.toList());
            assertOfThisContext(zeros);
            RawArray<Integer> listed = RawArray.of('i', List.of(7, 8));
            assertEquals(List.of(7, 8), listed.toList());
            assertOfThisContext(listed);
            RawArray<Integer> ints = RawArray.ofInts(1, 2, 3);
            assertEquals(List.of(1, 2, 3), ints.toList());
            assertOfThisContext(ints);
            RawArray<Long> longs = RawArray.ofLongs(-1L);
            assertEquals(List.of(-1L), longs.toList());
            assertOfThisContext(longs);
            RawArray<Double> doubles = RawArray.ofDoubles(2.5);
            assertEquals(List.of(2.5), doubles.toList());
            assertOfThisContext(doubles);
            RawArray<Byte> bytes = RawArray.ofBytes((byte) 'o', (byte) 'k');
            assertEquals(Typecode.CHAR, bytes.typecode());
            assertEquals(2, bytes.length());
            assertOfThisContext(bytes);
        });
    }
}
