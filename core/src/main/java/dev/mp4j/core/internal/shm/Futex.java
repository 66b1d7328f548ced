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
 * The Linux futex system call, through FFM: {@code syscall(SYS_futex, addr, op, val, timeout)}.
 *
 * <p>Shared futexes only (never {@code FUTEX_PRIVATE_FLAG}): on a file mapping the kernel
 * keys the wait queue by inode and offset, which is what lets a thread in one JVM wake a
 * thread in another.
 *
 * <p>The downcall handle is made when this class is initialised, which happens only when
 * a thread really has to sleep or wake a sleeper: creating it costs tens of milliseconds in
 * a fresh JVM, and a worker that never blocks should not pay for it.
 */
final class Futex {

    private static final long SYSCALL_NUMBER = FutexWaiter.SYSCALL_NUMBER;

    private static final long FUTEX_WAIT = 0;
    private static final long FUTEX_WAKE = 1;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;
    private static final int ETIMEDOUT = 110;

    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final long ERRNO = CALL_STATE.byteOffset(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle SYSCALL = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("syscall").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
            Linker.Option.firstVariadicArg(1),
            Linker.Option.captureCallState("errno"));
    /** The errno capture, then a timespec: per thread, so a call allocates nothing (a sleep or wake is frequent). */
    private static final long TIMEOUT = CALL_STATE.byteSize() + 7 & ~7L;
    private static final ThreadLocal<MemorySegment> SCRATCH = ThreadLocal.withInitial(
            () -> Arena.ofAuto().allocate(TIMEOUT + 16, 8));

    private Futex() {}

    /**
     * Sleeps while the word at {@code address} holds {@code expected}, at most {@code nanos}. Returns on a
     * wake, a timeout, a changed word (EAGAIN) or a signal (EINTR): callers re-check.
     */
    static void await(long address, int expected, long nanos) {
        MemorySegment scratch = SCRATCH.get();
        scratch.set(ValueLayout.JAVA_LONG, TIMEOUT, nanos / 1_000_000_000L);
        scratch.set(ValueLayout.JAVA_LONG, TIMEOUT + 8, nanos % 1_000_000_000L);
        long result = call(scratch, address, FUTEX_WAIT, expected, scratch.address() + TIMEOUT);
        if (result == -1) {
            int errno = scratch.get(ValueLayout.JAVA_INT, ERRNO);
            if (errno != EAGAIN && errno != EINTR && errno != ETIMEDOUT) {
                throw new IllegalStateException("futex wait failed, errno " + errno);
            }
        }
    }

    /** Wakes at most {@code count} threads sleeping on the word at {@code address}, in any process. */
    static void wake(long address, int count) {
        MemorySegment scratch = SCRATCH.get();
        if (call(scratch, address, FUTEX_WAKE, count, 0L) == -1) {
            throw new IllegalStateException("futex wake failed, errno " + scratch.get(ValueLayout.JAVA_INT, ERRNO));
        }
    }

    private static long call(MemorySegment state, long address, long op, int value, long timeout) {
        try {
            return (long) SYSCALL.invokeExact(state, SYSCALL_NUMBER, address, op, (long) value, timeout);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("futex call failed", t);
        }
    }
}
