package dev.mp4j.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Process;
import dev.mp4j.sync.Lock;
import dev.mp4j.sync.RLock;
import dev.mp4j.testing.ContextContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Value and RawValue contract, run against both contexts. */
@Timeout(120)
abstract class ValueContract extends ContextContract {

    @Test
    void eachTypecodeHoldsItsJavaType() {
        Value<Integer> i = Value.of(context(), 'i', Integer.MIN_VALUE);
        assertEquals(Integer.MIN_VALUE, i.get());
        i.set(Integer.MAX_VALUE);
        assertEquals(Integer.MAX_VALUE, i.get());
        Value<Long> l = Value.of(context(), 'l', Long.MIN_VALUE);
        assertEquals(Long.MIN_VALUE, l.get());
        Value<Long> q = Value.ofLong(context(), Long.MAX_VALUE);
        assertEquals(Long.MAX_VALUE, q.get());
        assertEquals(Typecode.LONG_LONG, q.typecode());
        Value<Double> d = Value.ofDouble(context(), Math.PI);
        assertEquals(Math.PI, d.get());
        d.set(Double.NaN);
        assertTrue(d.get().isNaN());
        d.set(Double.NEGATIVE_INFINITY);
        assertEquals(Double.NEGATIVE_INFINITY, d.get());
        d.set(-0.0);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(d.get()));
    }

    @Test
    void wrongJavaTypeOrTypecodeIsAClearError() {
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
                () -> Value.of(context(), 'i', 1L));
        assertEquals("typecode 'i' holds Integer, not Long", wrongType.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Value.of(context(), 'z', 1));
        assertTrue(unknown.getMessage().contains("unsupported typecode 'z'"), unknown.getMessage());
        @SuppressWarnings({"unchecked", "rawtypes"})
        Value<Object> raw = (Value) Value.ofInt(context(), 0);
        assertThrows(IllegalArgumentException.class, () -> raw.set(1.5));
    }

    @Test
    void theDefaultLockIsAnRLockAndAGivenLockIsUsed() {
        Value<Integer> v = Value.ofInt(context(), 0);
        assertTrue(v.getLock() instanceof RLock);
        try (var held = v.hold()) {
            v.set(v.get() + 1);
        }
        assertEquals(1, v.get());
        Lock lock = new Lock(context());
        Value<Integer> w = Value.of(context(), 'i', 5, lock);
        assertSame(lock, w.getLock());
        lock.acquire();
        try {
            runInWorker(() -> assertFalse(w.getLock().acquire(false), "the given lock, held by the test"));
        } finally {
            lock.release();
        }
    }

    @Test
    void getObjIsTheSameStorageWithoutTheLock() {
        Value<Long> v = Value.ofLong(context(), 1);
        RawValue<Long> raw = v.getObj();
        raw.set(9L);
        assertEquals(9L, v.get());
        v.getLock().acquire();
        try {
            assertEquals(9L, raw.get(), "the raw value does not take the lock");
        } finally {
            v.getLock().release();
        }
    }

    @Test
    void atomicHelpers() {
        Value<Integer> i = Value.ofInt(context(), Integer.MAX_VALUE);
        assertEquals(Integer.MIN_VALUE, i.incrementAndGet(), "a C int wraps");
        assertEquals(Integer.MIN_VALUE, i.getAndAdd(10));
        assertEquals(Integer.MIN_VALUE + 5, i.addAndGet(-5));
        assertTrue(i.compareAndSet(Integer.MIN_VALUE + 5, 3));
        assertFalse(i.compareAndSet(4, 5));
        assertEquals(3, i.get());
        RawValue<Double> d = RawValue.ofDouble(context(), Double.NaN);
        assertTrue(d.compareAndSet(Double.NaN, 2.0), "doubles compare by bits");
        assertThrows(UnsupportedOperationException.class, d::incrementAndGet);
    }

    @Test
    void workersSeeWritesBothWays() {
        Value<Long> v = Value.ofLong(context(), 41);
        runInWorker(() -> {
            assertEquals(41L, v.get(), "the value the worker sees");
            v.set(v.get() + 1);
        });
        assertEquals(42L, v.get());
    }

    @Test
    void twoWorkersTimesOneHundredThousandLockedIncrementsLoseNothing() {
        RawValue<Integer> counter = RawValue.ofInt(context(), 0);
        Lock lock = new Lock(context());
        // A cluster lock's acquire and a cluster value's access are round trips: fewer rounds show the same.
        int rounds = cluster() ? 300 : 100_000;
        Process.Target work = () -> {
            for (int n = 0; n < rounds; n++) {
                try (var held = lock.hold()) {
                    counter.set(counter.get() + 1);
                }
            }
        };
        runInWorkers(2, work);
        assertEquals(2 * rounds, counter.get());
    }

    @Test
    void valueGetLockMakesReadModifyWriteAtomic() {
        Value<Integer> counter = Value.ofInt(context(), 0);
        int rounds = cluster() ? 300 : 20_000;
        Process.Target work = () -> {
            for (int n = 0; n < rounds; n++) {
                try (var held = counter.getLock().hold()) {
                    counter.set(counter.get() + 1);
                }
            }
        };
        runInWorkers(2, work);
        assertEquals(2 * rounds, counter.get());
    }

    @Test
    void atomicIncrementsLoseNothingWithoutALock() {
        RawValue<Long> counter = RawValue.ofLong(context(), 0);
        int rounds = cluster() ? 2_000 : 100_000;
        Process.Target work = () -> {
            for (int n = 0; n < rounds; n++) {
                counter.incrementAndGet();
            }
        };
        runInWorkers(2, work);
        assertEquals(2L * rounds, counter.get());
    }

    /** A Value's cell and lock, or a RawValue's cell, are of {@code context()}. */
    private void assertOfThisContext(SharedValue<?> v) {
        if (v instanceof Value<?> value) {
            assertEquals(otherJvms(), DefaultContext.travels(value.getObj()), "the value of " + v.typecode());
            assertEquals(otherJvms(), DefaultContext.travels(value.getLock()), "the lock of " + v.typecode());
        } else {
            assertEquals(otherJvms(), DefaultContext.travels(v), "the raw value of " + v.typecode());
        }
    }

    @Test
    void theNoContextValueFactoriesUseTheDefaultContext() {
        DefaultContext.with(context(), () -> {
            Value<Integer> i = Value.ofInt(7);
            assertEquals(7, i.get());
            assertOfThisContext(i);
            Value<Long> q = Value.ofLong(Long.MAX_VALUE);
            assertEquals(Long.MAX_VALUE, q.get());
            assertEquals(Typecode.LONG_LONG, q.typecode());
            assertOfThisContext(q);
            Value<Double> d = Value.ofDouble(2.5);
            assertEquals(2.5, d.get());
            assertEquals(Typecode.DOUBLE, d.typecode());
            assertOfThisContext(d);
            Value<Short> h = Value.of('h', (short) 3);
            assertEquals((short) 3, h.get());
            assertOfThisContext(h);
            Value<Long> zero = Value.of('q');
            assertEquals(0L, zero.get());
            assertOfThisContext(zero);
            SharedValue<Integer> locked = Value.of('i', 1, true);
            assertInstanceOf(Value.class, locked);
            assertOfThisContext(locked);
            SharedValue<Integer> unlocked = Value.of('i', 1, false);
            assertInstanceOf(RawValue.class, unlocked);
            assertOfThisContext(unlocked);
            Lock lock = new Lock(context());
            Value<Integer> guarded = Value.of('i', 2, lock);
            assertSame(lock, guarded.getLock());
            assertOfThisContext(guarded);
        });
    }

    @Test
    void theNoContextRawValueFactoriesUseTheDefaultContext() {
        DefaultContext.with(context(), () -> {
            RawValue<Integer> i = RawValue.ofInt(7);
            assertEquals(7, i.get());
            assertOfThisContext(i);
            RawValue<Long> q = RawValue.ofLong(-8);
            assertEquals(-8L, q.get());
            assertEquals(Typecode.LONG_LONG, q.typecode());
            assertOfThisContext(q);
            RawValue<Double> d = RawValue.ofDouble(0.5);
            assertEquals(0.5, d.get());
            assertOfThisContext(d);
            RawValue<Byte> b = RawValue.of('b', (byte) -1);
            assertEquals((byte) -1, b.get());
            assertOfThisContext(b);
            RawValue<Double> zero = RawValue.of('d');
            assertEquals(0.0, zero.get());
            assertOfThisContext(zero);
        });
    }
}
