package dev.mp4j.managers;

/** Throws any throwable, checked included, undeclared: a server's exception reaches the caller as itself. */
final class Rethrow {

    private Rethrow() {}

    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
