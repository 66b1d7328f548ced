package dev.mp4j.core.spi;

import java.io.Serializable;

/** A unit of work an {@link Engine} sends to one of its workers: serialized there, run once. */
@FunctionalInterface
public interface Job<T extends Serializable> extends Serializable {

    /** Runs on the worker; its result travels back serialized, as does its exception. */
    T run() throws Exception;
}
