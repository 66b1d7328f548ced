package dev.mp4j.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.sync.Event;
import dev.mp4j.sync.OwnerDiedError;
import dev.mp4j.testing.Sigkill;
import dev.mp4j.testing.WorkerCall;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synchronized spawn Value or Array whose writer is SIGKILLed holding its lock hands out
 * no data until a holder marks the lock consistent: the take-over's mark survives the
 * release of the access that took the lock over, in every process.
 */
@Timeout(120)
class DeadWriterTest {

    private static final Context SPAWN = Context.spawn();

    /** A megabyte of ints: an Array with a file of its own, whose setSlice takes a while. */
    private static final int N = 262_144;

    @TempDir
    Path workerReports;

    @Test
    void aSliceAfterAWriterDiedInsideSetSliceIsRefusedUntilMarkedConsistent() {
        Array<Integer> frame = Array.of(SPAWN, 'i', N);
        RawArray<Integer> raw = frame.getObj();
        Event inside = new Event(SPAWN);
        long dead = Sigkill.when(new Process(SPAWN, () -> {
            List<Integer> ones = Collections.nCopies(N, 1);
            List<Integer> twos = Collections.nCopies(N, 2);
            try (var _ = frame.hold()) {
                inside.set();
                for (int k = 0; ; k++) {
                    frame.setSlice(0, N, k % 2 == 0 ? ones : twos);
                }
            }
        }), "the child is inside a setSlice, the array part written",
                () -> inside.isSet() && raw.getInt(0) != raw.getInt(N - 1));

        OwnerDiedError e = assertThrows(OwnerDiedError.class, () -> frame.slice(0, N),
                "slice() takes the lock over and refuses the torn elements");
        assertEquals(dead, e.pid());
        assertTrue(e.getMessage().contains("process " + dead + ", which died holding it"), e.getMessage());
        assertTrue(e.getMessage().contains("getLock().markConsistent()"), e.getMessage());
        assertFalse(frame.getLock().isLocked(), "the refusal released the lock it took over");
        List<Executable> accesses = List.of(() -> frame.slice(0, 1), () -> frame.get(-1), frame::toList,
                frame::toIntArray, () -> frame.getInt(0), () -> frame.copyTo(0, new int[1], 0, 1),
                () -> frame.set(0, 3), () -> frame.setSlice(0, 1, List.of(3)),
                () -> frame.copyFrom(0, new int[] {3}, 0, 1), () -> frame.incrementAndGet(0),
                () -> frame.getAndAdd(0, 1), () -> frame.compareAndSet(0, 1, 3));
        for (Executable access : accesses) {
            assertEquals(dead, assertThrows(OwnerDiedError.class, access, "every access, after the first").pid());
        }
        WorkerCall.start(SPAWN, workerReports, () -> assertEquals(dead,
                assertThrows(OwnerDiedError.class, () -> frame.slice(0, N), "another JVM is refused too").pid()))
                .join();

        try (var _ = frame.hold()) {
            assertFalse(frame.getLock().ownerDied(), "the take-over's hold was slice()'s, released");
            assertFalse(frame.getLock().isConsistent());
            assertThrows(OwnerDiedError.class, () -> frame.get(0), "refused inside a hold too");
            raw.setSlice(0, N, Collections.nCopies(N, 7));
            frame.getLock().markConsistent();
            assertEquals(7, frame.get(N - 1), "accepted once marked, inside the hold");
        }
        assertEquals(Collections.nCopies(N, 7), frame.slice(0, N));
        assertEquals(8, frame.incrementAndGet(0));
    }

    @Test
    void anExplicitHoldSeesTheDeathAndOnlyMarkConsistentEndsTheRefusal() {
        Value<Long> total = Value.ofLong(SPAWN, 0);
        Value<Long> sameLock = Value.of(SPAWN, 'q', 0L, total.getLock());
        Event inside = new Event(SPAWN);
        long dead = Sigkill.when(new Process(SPAWN, () -> {
            try (var _ = total.hold()) {
                inside.set();
                for (long k = 1; ; k++) {
                    total.set(k);
                    sameLock.set(-k);
                }
            }
        }), "the child is updating the two values under their lock",
                () -> inside.isSet() && total.getObj().get() > 1000);

        try (var _ = total.getLock().hold()) {
            assertTrue(total.getLock().ownerDied(), "this hold took the lock over");
            assertEquals(dead, assertThrows(OwnerDiedError.class, total::get).pid());
        }
        assertFalse(total.getLock().ownerDied());
        List<Executable> accesses = List.of(total::get, () -> total.set(1L), total::incrementAndGet,
                () -> total.addAndGet(2), () -> total.getAndAdd(2), () -> total.compareAndSet(0L, 1L), sameLock::get);
        for (Executable access : accesses) {
            assertEquals(dead, assertThrows(OwnerDiedError.class, access,
                    "a hold released without markConsistent() leaves every access refused").pid());
        }

        try (var _ = total.hold()) {
            assertFalse(total.getLock().ownerDied(), "a normal hold");
            assertFalse(total.getLock().isConsistent());
            total.getObj().set(0L);
            sameLock.getObj().set(0L);
            total.getLock().markConsistent();
        }
        assertEquals(0L, total.get());
        assertEquals(0L, sameLock.get());
        assertEquals(1L, total.incrementAndGet());
    }
}
