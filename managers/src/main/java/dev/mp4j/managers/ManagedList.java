package dev.mp4j.managers;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The object behind a spawn manager's {@code list()}. */
final class ManagedList<E> extends ArrayList<E> implements ListOps<E> {

    @Serial
    private static final long serialVersionUID = 1L;

    ManagedList(Collection<? extends E> initial) {
        super(initial);
    }

    @Override
    public List<E> copy() {
        return new ArrayList<>(this);
    }
}
