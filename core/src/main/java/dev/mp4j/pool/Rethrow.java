package dev.mp4j.pool;

/** Throws any throwable, checked included, without declaring it: a task's exception reaches the caller as itself. */
final class Rethrow {

    private Rethrow() {}

    @SuppressWarnings("unchecked")
    static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
