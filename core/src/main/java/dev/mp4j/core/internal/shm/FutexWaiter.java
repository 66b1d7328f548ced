package dev.mp4j.core.internal.shm;

/** The Linux waiter: a shared futex on the mapped word (see {@link Futex}). */
final class FutexWaiter implements Waiter {

    /**
     * {@code SYS_futex} of this architecture, or -1 where mp4j knows no futex. Kept here, not
     * in {@link Futex}: asking must not initialise Futex and its downcall handle.
     */
    static final long SYSCALL_NUMBER = syscallNumber();

    static boolean supported() {
        return SYSCALL_NUMBER > 0;
    }

    private static long syscallNumber() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return -1;
        }
        return switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> 202;
            case "aarch64", "arm64" -> 98;
            default -> -1;
        };
    }

    @Override
    public void await(SharedWords words, long offset, int expected, long nanos) {
        if (nanos > 0) {
            Futex.await(words.address(offset), expected, nanos);
        }
    }

    /** One {@code futex_waitv} on all the words; polling (the default) where the kernel lacks it. */
    @Override
    public void awaitAny(SharedWords[] words, long[] offsets, int[] expected, long nanos) {
        if (nanos <= 0) {
            return;
        }
        if (words.length == 1) {
            await(words[0], offsets[0], expected[0], nanos);
            return;
        }
        if (words.length > 0 && words.length <= FutexVector.MAX_WORDS) {
            long[] addresses = new long[words.length];
            for (int i = 0; i < words.length; i++) {
                addresses[i] = words[i].address(offsets[i]);
            }
            if (FutexVector.await(addresses, expected, words.length, nanos)) {
                return;
            }
        }
        Waiter.super.awaitAny(words, offsets, expected, nanos);
    }

    @Override
    public void wake(SharedWords words, long offset, int count) {
        Futex.wake(words.address(offset), count);
    }
}
