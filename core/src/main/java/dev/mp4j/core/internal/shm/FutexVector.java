package dev.mp4j.core.internal.shm;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Linux's {@code futex_waitv} (kernel 5.16 and later), through FFM: one sleep on several
 * 32-bit words at once, woken by a {@code FUTEX_WAKE} on any of them (see {@link Futex}).
 * Shared futexes only, as there. Where the kernel lacks it (ENOSYS) {@link #supported()}
 * turns false for good and the caller falls back.
 *
 * <pre>
 *   struct futex_waitv { u64 val; u64 uaddr; u32 flags; u32 reserved; }   24 bytes each
 *   syscall(449, waiters, count, 0, absolute CLOCK_MONOTONIC timeout, CLOCK_MONOTONIC)
 * </pre>
 *
 * <p>Made lazily, as {@link Futex}: only a thread that sleeps on several words pays for the
 * downcall handle.
 */
final class FutexVector {

    /** The same number on x86-64 and AArch64: the generic syscall table's. */
    private static final long SYS_FUTEX_WAITV = 449;
    /** The most words one call takes (the kernel's FUTEX_WAITV_MAX). */
    static final int MAX_WORDS = 128;

    private static final long FUTEX2_SIZE_U32 = 0x02;
    private static final long CLOCK_MONOTONIC = 1;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;
    private static final int ETIMEDOUT = 110;
    private static final int ENOSYS = 38;

    private static final StructLayout WAITER = MemoryLayout.structLayout(
            ValueLayout.JAVA_LONG.withName("val"), ValueLayout.JAVA_LONG.withName("uaddr"),
            ValueLayout.JAVA_INT.withName("flags"), ValueLayout.JAVA_INT.withName("reserved"));
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final long ERRNO = CALL_STATE.byteOffset(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle SYSCALL = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("syscall").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
            Linker.Option.firstVariadicArg(1),
            Linker.Option.captureCallState("errno"));
    /**
     * Per thread, as {@link Futex}'s, so that a sleep allocates nothing: the errno capture, a
     * timespec, then room for {@link #MAX_WORDS} waiters (3 KiB, made at a thread's first sleep).
     */
    private static final long TIMEOUT = CALL_STATE.byteSize() + 7 & ~7L;
    private static final long WAITERS = TIMEOUT + 16;
    private static final ThreadLocal<MemorySegment> SCRATCH = ThreadLocal.withInitial(
            () -> Arena.ofAuto().allocate(WAITERS + MAX_WORDS * WAITER.byteSize(), 8));

    private static volatile boolean supported = FutexWaiter.supported();

    private FutexVector() {}

    /** Whether the kernel has {@code futex_waitv}, as far as is known. */
    static boolean supported() {
        return supported;
    }

    /**
     * Sleeps while every word at {@code addresses[i]} holds {@code expected[i]}, at most
     * {@code nanos}. Returns on a wake of any, a timeout, a changed word or a signal: callers
     * re-check.
     *
     * @return false, doing nothing, if the kernel has no {@code futex_waitv}
     */
    static boolean await(long[] addresses, int[] expected, int count, long nanos) {
        if (!supported) {
            return false;
        }
        long deadline = System.nanoTime() + nanos; // System.nanoTime() is CLOCK_MONOTONIC on Linux
        MemorySegment scratch = SCRATCH.get();
        for (int i = 0; i < count; i++) {
            long w = WAITERS + i * WAITER.byteSize();
            scratch.set(ValueLayout.JAVA_LONG, w, expected[i] & 0xFFFF_FFFFL);
            scratch.set(ValueLayout.JAVA_LONG, w + 8, addresses[i]);
            scratch.set(ValueLayout.JAVA_INT, w + 16, (int) FUTEX2_SIZE_U32);
            scratch.set(ValueLayout.JAVA_INT, w + 20, 0);
        }
        scratch.set(ValueLayout.JAVA_LONG, TIMEOUT, Math.floorDiv(deadline, 1_000_000_000L));
        scratch.set(ValueLayout.JAVA_LONG, TIMEOUT + 8, Math.floorMod(deadline, 1_000_000_000L));
        try {
            long result = (long) SYSCALL.invokeExact(scratch, SYS_FUTEX_WAITV, scratch.address() + WAITERS, (long) count,
                    0L, scratch.address() + TIMEOUT, CLOCK_MONOTONIC);
            if (result == -1) {
                int errno = scratch.get(ValueLayout.JAVA_INT, ERRNO);
                if (errno == ENOSYS) {
                    supported = false;
                    return false;
                }
                if (errno != EAGAIN && errno != EINTR && errno != ETIMEDOUT) {
                    throw new IllegalStateException("futex_waitv failed, errno " + errno);
                }
            }
            return true;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("futex_waitv failed", t);
        }
    }
}
