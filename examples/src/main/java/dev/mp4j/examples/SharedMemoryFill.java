package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.SharedMemory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * A parent creates a named {@link SharedMemory} block; a child attaches to it by its name
 * alone (as any mp4j JVM of the user could) and fills it; the parent reads it and unlinks it.
 * The seeds list Python's shared ctypes (002_ed2128a47af50195.txt) but hold no
 * {@code shared_memory} program: this follows the first example of Python's
 * {@code multiprocessing.shared_memory} documentation.
 *
 * <pre>
 * Parent created block psm_1f2e3d4c5b6a7988 of 10 bytes
 * Child attached to psm_1f2e3d4c5b6a7988 and filled it
 * Parent reads: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
 * Parent unlinked the block
 * </pre>
 */
final class SharedMemoryFill implements Example {

    static final int SIZE = 10;

    @Override
    public String name() {
        return "shared-memory";
    }

    @Override
    public String description() {
        return "a child attaches to a named SharedMemory block by name and fills it; the parent reads it";
    }

    @Override
    public String seedFile() {
        return NO_SEED; // the seeds hold no shared_memory program
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        try (SharedMemory shm = SharedMemory.create(SIZE)) {   // SharedMemory(create=True, size=10)
            System.out.println("Parent created block " + shm.name() + " of " + shm.size() + " bytes");
            String name = shm.name();                         // only the name travels
            Process child = new Process(context, () -> fill(name));
            child.start();
            child.join();
            List<Integer> read = new ArrayList<>();
            for (int i = 0; i < SIZE; i++) {
                read.add((int) shm.buffer().get(ValueLayout.JAVA_BYTE, i));
            }
            System.out.println("Parent reads: " + read);
            shm.unlink();                                     // once, by the owner
            System.out.println("Parent unlinked the block");
        }
    }

    private static void fill(String name) {
        try (SharedMemory existing = SharedMemory.attach(name)) {   // SharedMemory(name)
            MemorySegment buf = existing.buffer();
            for (int i = 0; i < SIZE; i++) {
                buf.set(ValueLayout.JAVA_BYTE, i, (byte) (i * i));
            }
            System.out.println("Child attached to " + existing.name() + " and filled it");
        }                                                          // close(), never unlink()
    }
}
