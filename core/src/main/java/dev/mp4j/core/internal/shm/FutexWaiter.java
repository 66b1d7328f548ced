package dev.mp4j.core.internal.shm;

import java.lang.foreign.MemorySegment;

/** The Linux waiter: a shared futex on the mapped word (see {@link Futex}). */
final class FutexWaiter implements Waiter {

    static boolean supported() {
        return Futex.SYSCALL_NUMBER > 0;
    }

    @Override
    public void await(MemorySegment segment, long offset, int expected, long nanos) {
        if (nanos > 0) {
            Futex.await(segment.asSlice(offset, 4), expected, nanos);
        }
    }

    @Override
    public void wake(MemorySegment segment, long offset, int count) {
        Futex.wake(segment.asSlice(offset, 4), count);
    }
}
