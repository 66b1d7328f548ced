package dev.mp4j.shared;

import dev.mp4j.core.internal.shm.FileNames;
import dev.mp4j.core.internal.shm.ProcessIdentity;
import dev.mp4j.core.internal.shm.Segment;
import java.io.Serial;
import java.io.Serializable;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.NoSuchFileException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A named block of shared memory, as Python's {@code multiprocessing.shared_memory.SharedMemory}:
 * one process creates it with a name and a size, and any mp4j JVM of the same user on the
 * machine (a child or not) attaches to it by that name.
 *
 * <pre>{@code
 * try (SharedMemory shm = SharedMemory.create("frames", 4096)) {      // the owner
 *     // elsewhere, in any JVM: SharedMemory.attach("frames")
 *     shm.buffer().set(ValueLayout.JAVA_INT, 0, 42);
 *     ...
 *     shm.unlink();                                                   // once, by the owner
 * }
 * }</pre>
 *
 * <p><b>Ownership is explicit.</b> The process that created the block owns it. Only the owner
 * may {@link #unlink()} it, and a block is removed when its owner unlinks it or exits (normal
 * exit, exception, {@code System.exit}); if the owner is killed, the next mp4j start-up on the
 * machine removes it. Attaching never takes ownership, and an attached process that closes,
 * exits or is killed leaves the block to its owner (Python's resource tracker unlinks blocks
 * that a process merely attached to; mp4j does not). As in Python, the block does not go away
 * when the creating object is garbage-collected: it lives until {@code unlink()} or the
 * owner's exit (an unreachable object is only unmapped).
 *
 * <p>{@link #close()} unmaps the block in this process; every process closes its own
 * attachments (try-with-resources does it). After {@code unlink()} no process can attach by
 * the name, and the mappings that exist stay valid until they are closed. Mapping after
 * {@code close()} fails with {@link IllegalStateException}.
 *
 * <p><b>Memory consistency effects:</b> none beyond those of the accesses: the buffer is plain
 * memory; use {@link java.lang.foreign.ValueLayout} var handles with volatile or CAS modes, or
 * a lock, to publish between processes.
 *
 * <p>Serializable as a handle: a SharedMemory passed to a child JVM attaches there by name
 * (without ownership). A block is one machine's memory: passed to a JVM on another machine
 * (a cluster node elsewhere) it fails to attach with an error naming both machines, while
 * cluster nodes on the block's machine attach to it as a child does. Thread-safe.
 */
public final class SharedMemory implements AutoCloseable, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final long size;
    private final transient Segment segment;
    private final transient boolean owner;
    private transient volatile boolean closed;

    private SharedMemory(String name, Segment segment, boolean owner) {
        this.name = name;
        this.segment = segment;
        this.size = segment.data().byteSize();
        this.owner = owner;
    }

    /**
     * Python's {@code SharedMemory(name, create, size)}: creates a new block when
     * {@code create} is true ({@code name} may be null for a generated one), else attaches to
     * the block {@code name} and ignores {@code size}.
     */
    public SharedMemory(String name, boolean create, long size) {
        this(open(name, create, size));
    }

    private SharedMemory(SharedMemory opened) {
        this(opened.name, opened.segment, opened.owner);
    }

    /**
     * Creates a zero-filled block of {@code size} bytes named {@code name}, owned by this process.
     *
     * @throws IllegalArgumentException if {@code size} is not positive, or the name is not
     *     1 to 200 of {@code A-Z a-z 0-9 _ . -} (a leading {@code /} is dropped, as Python does)
     * @throws IllegalStateException if a block of that name exists
     */
    public static SharedMemory create(String name, long size) {
        return open(name, true, size);
    }

    /** Creates a zero-filled block of {@code size} bytes with a generated name ({@code psm_...}). */
    public static SharedMemory create(long size) {
        return open(null, true, size);
    }

    /**
     * Attaches to the existing block {@code name}, without taking ownership.
     *
     * @throws IllegalStateException if there is no such block (never created, unlinked, or its
     *     owner exited)
     */
    public static SharedMemory attach(String name) {
        return open(name, false, 0);
    }

    private static SharedMemory open(String name, boolean create, long size) {
        if (create) {
            if (size <= 0) {
                throw new IllegalArgumentException("a shared memory block's size must be a positive number of bytes, not "
                        + size);
            }
            String checked = name == null ? "psm_" + randomHex() : checkName(name);
            return new SharedMemory(checked, Segment.createNamed(checked, SharedMemoryLayout.KIND,
                    SharedMemoryLayout.VERSION, size), true);
        }
        String checked = checkName(Objects.requireNonNull(name, "name"));
        try {
            return new SharedMemory(checked, Segment.attach(FileNames.named(checked), SharedMemoryLayout.KIND,
                    SharedMemoryLayout.VERSION), false);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                throw new IllegalStateException("no shared memory block named '" + checked
                        + "': it was never created, was unlinked, or its owner exited", e);
            }
            throw e;
        }
    }

    private static String randomHex() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String checkName(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        if (!SharedMemoryLayout.NAME.matcher(n).matches()) {
            throw new IllegalArgumentException("bad shared memory block name '" + name
                    + "': use 1 to 200 of A-Z a-z 0-9 _ . - (not starting with . or -)");
        }
        return n;
    }

    /** The block's name, by which other processes attach. */
    public String name() {
        return name;
    }

    /** The block's size in bytes. */
    public long size() {
        return size;
    }

    /** Whether this process created the block (and so may unlink it). */
    public boolean isOwner() {
        return owner;
    }

    /**
     * The block's memory, exactly {@link #size()} bytes (Python's {@code buf}).
     *
     * @throws IllegalStateException if this SharedMemory is closed
     */
    public MemorySegment buffer() {
        if (closed) {
            throw new IllegalStateException("shared memory block '" + name + "' is closed in this process");
        }
        return segment.data();
    }

    /** A {@link ByteBuffer} view of {@link #buffer()}, in the native byte order. */
    public ByteBuffer byteBuffer() {
        return buffer().asByteBuffer().order(ByteOrder.nativeOrder());
    }

    /** Unmaps the block in this process; the block itself stays for the others. Idempotent. */
    @Override
    public void close() {
        closed = true;
        segment.close();
    }

    /**
     * Removes the block's name (Python's {@code unlink()}): no process can attach any more; the
     * existing mappings stay valid until closed. Only the owner may unlink, once.
     *
     * @throws IllegalStateException in a process that did not create the block, or if it was
     *     unlinked already
     */
    public void unlink() {
        if (!owner) {
            throw new IllegalStateException("shared memory block '" + name + "' is owned by the process that "
                    + "created it; this process (pid " + ProcessIdentity.current().pid()
                    + ") only attached to it, and attaching never takes ownership");
        }
        Segment.unlinkNamed(name);
    }

    @Serial
    private Object writeReplace() {
        return new Handle(name, ThisMachine.id());
    }

    /**
     * What travels to another JVM: the block's name and its machine; it attaches there
     * without ownership, on the same machine only.
     */
    record Handle(String name, String machine) implements Serializable {
        @Serial
        private Object readResolve() {
            ThisMachine.requireHere(machine, "shared memory block '" + name + "'");
            return attach(name);
        }
    }

    @Override
    public String toString() {
        return "SharedMemory('" + name + "', size=" + size + ")";
    }
}
