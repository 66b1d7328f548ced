package dev.mp4j.testing;

import dev.mp4j.core.Context;

/**
 * The base of every contract suite: a suite is written once against {@link #context()}, and
 * each context gets a subclass of one line.
 */
public abstract class ContextContract {

    /** The context this run of the suite covers. */
    protected abstract Context context();

    /** Whether workers are child JVMs. */
    protected final boolean spawn() {
        return context().kind() == Context.Kind.SPAWN;
    }
}
