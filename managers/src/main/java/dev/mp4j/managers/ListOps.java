package dev.mp4j.managers;

import java.util.List;

/** What a {@link ListProxy} calls in the server: the {@code List}, and a copy of it in one round trip. */
interface ListOps<E> extends List<E> {

    /** A copy of the elements, in order (Python's {@code list[:]}). */
    List<E> copy();
}
