package dev.mp4j.core;

import java.io.Serial;
import java.io.Serializable;

/**
 * What a parent sends a new child JVM once both ends are authenticated: the process to
 * run, who its parent is, and the parent's default context.
 */
record StartRequest(Process process, String parentName, long parentPid, Context defaultContext)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
