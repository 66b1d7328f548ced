package dev.mp4j.pool;

import java.util.List;

/**
 * A slice of a job's items that one worker runs in one go (Python's task batch). Thread
 * workers use {@code fn} and {@code items} by reference; child JVMs get the bytes
 * serialized in the submitting thread.
 */
final class Chunk {

    final Job job;
    final int index;
    final int size;
    final Fn<Object, Object> fn;
    final List<?> items;
    final byte[] fnBytes;
    final byte[] itemBytes;

    Chunk(Job job, int index, Fn<Object, Object> fn, List<?> items, byte[] fnBytes, byte[] itemBytes) {
        this.job = job;
        this.index = index;
        this.size = items.size();
        this.fn = fn;
        this.items = itemBytes == null ? items : null;
        this.fnBytes = fnBytes;
        this.itemBytes = itemBytes;
    }
}
