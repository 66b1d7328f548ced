package dev.mp4j.core.internal.shm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/**
 * One mapped file of the runtime directory: a {@link SegmentHeaderLayout header} and a data
 * area. The creator owns the file: closing the creator's segment unmaps it and removes the
 * file; closing an attached segment only unmaps it. A segment that becomes unreachable
 * without being closed is closed by a {@link Cleaner} (so whoever uses {@link #data()} keeps
 * a reference to the Segment), and the creator's files are removed
 * at exit in any case.
 *
 * <p>Thread-safe. {@link #close()} must not race with accesses to {@link #data()}: owners
 * close a segment only when nothing uses it any more.
 */
public final class Segment implements AutoCloseable {

    /** The one Cleaner of mapped memory: segments and arena blocks. */
    static final Cleaner CLEANER = Cleaner.create();

    private final String name;
    private final MemorySegment data;
    private final Cleaner.Cleanable cleanable;

    private Segment(String name, MemorySegment data, Unmap unmap) {
        this.name = name;
        this.data = data;
        this.cleanable = CLEANER.register(this, unmap);
    }

    /**
     * Creates a zero-filled segment with a data area of {@code dataSize} bytes. When the
     * Segment object becomes unreachable, it is unmapped and its file removed.
     */
    public static Segment create(String kind, int version, long dataSize) {
        if (dataSize < 0) {
            throw new IllegalArgumentException("segment size must be >= 0: " + dataSize);
        }
        Path dir = RuntimeDirectory.path();
        String name = FileNames.next(kind.toLowerCase());
        Path file = dir.resolve(name);
        Path partial = dir.resolve(name + ".partial");
        MappingBudget.take(file.toString());
        Arena arena = Arena.ofShared();
        try {
            OwnedFiles.add(partial);
            try (FileChannel ch = FileChannel.open(partial, EnumSet.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.READ, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
                reserve(ch, SegmentHeaderLayout.DATA_OFFSET + dataSize, dir);
                MemorySegment whole = ch.map(FileChannel.MapMode.READ_WRITE, 0,
                        SegmentHeaderLayout.DATA_OFFSET + dataSize, arena);
                SegmentHeaderLayout.write(whole, SegmentHeaderLayout.kind(kind), version,
                        ProcessIdentity.current(), dataSize);
                OwnedFiles.add(file);
                // Visible under its final name only once the header is complete.
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                OwnedFiles.remove(partial);
                MemorySegment data = whole.asSlice(SegmentHeaderLayout.DATA_OFFSET, dataSize);
                return new Segment(name, data, new Unmap(arena, file));
            }
        } catch (IOException | RuntimeException e) {
            arena.close();
            MappingBudget.give();
            OwnedFiles.remove(partial);
            OwnedFiles.remove(file);
            throw e instanceof IOException io
                    ? new UncheckedIOException("cannot create mp4j segment " + file + ": " + io.getMessage(), io) : (RuntimeException) e;
        }
    }

    /**
     * Creates a zero-filled <em>named</em> segment: its file is {@code FileNames.named(name)},
     * which any process of the user can attach by that name. Unlike {@link #create}, the file
     * outlives this Segment object: closing it (or its becoming unreachable) only unmaps it;
     * the file stays until {@link #unlinkNamed} in this process, or this process's exit, or
     * the start-up sweep after this process was killed (the header names the creator).
     *
     * @throws IllegalStateException if a named segment {@code name} exists already
     */
    public static Segment createNamed(String name, String kind, int version, long dataSize) {
        if (dataSize < 0) {
            throw new IllegalArgumentException("segment size must be >= 0: " + dataSize);
        }
        Path dir = RuntimeDirectory.path();
        String fileName = FileNames.named(name);
        Path file = dir.resolve(fileName);
        Path partial = dir.resolve(FileNames.next(kind.toLowerCase()) + ".partial");
        MappingBudget.take(file.toString());
        Arena arena = Arena.ofShared();
        try {
            OwnedFiles.add(partial);
            try (FileChannel ch = FileChannel.open(partial, EnumSet.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.READ, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
                reserve(ch, SegmentHeaderLayout.DATA_OFFSET + dataSize, dir);
                MemorySegment whole = ch.map(FileChannel.MapMode.READ_WRITE, 0,
                        SegmentHeaderLayout.DATA_OFFSET + dataSize, arena);
                SegmentHeaderLayout.write(whole, SegmentHeaderLayout.kind(kind), version,
                        ProcessIdentity.current(), dataSize);
                // link(2) publishes the complete file under its name, and fails if the name
                // is taken (a rename would replace the other block).
                Files.createLink(file, partial);
                OwnedFiles.add(file);
                OwnedFiles.remove(partial);
                MemorySegment data = whole.asSlice(SegmentHeaderLayout.DATA_OFFSET, dataSize);
                return new Segment(fileName, data, new Unmap(arena, null));
            }
        } catch (FileAlreadyExistsException e) {
            arena.close();
            MappingBudget.give();
            OwnedFiles.remove(partial);
            throw new IllegalStateException("a shared memory block named '" + name + "' already exists", e);
        } catch (IOException | RuntimeException e) {
            arena.close();
            MappingBudget.give();
            OwnedFiles.remove(partial);
            throw e instanceof IOException io
                    ? new UncheckedIOException("cannot create mp4j segment " + file + ": " + io.getMessage(), io) : (RuntimeException) e;
        }
    }

    /**
     * Removes the file of the named segment {@code name}, which this process created; the
     * mappings of every process stay valid until they are closed.
     *
     * @throws IllegalStateException if this process did not create it, or already removed it
     */
    public static void unlinkNamed(String name) {
        Path file = RuntimeDirectory.path().resolve(FileNames.named(name));
        if (!OwnedFiles.contains(file)) {
            throw new IllegalStateException("shared memory block '" + name
                    + "' was not created by this process, or was unlinked already");
        }
        OwnedFiles.remove(file);
    }

    /**
     * Maps the existing segment {@code name}, checking its kind and version.
     *
     * @throws IllegalStateException if the file is gone (its creator closed it or died) or
     *     holds another format
     */
    public static Segment attach(String name, String kind, int version) {
        Path file = RuntimeDirectory.path().resolve(name);
        MappingBudget.take(file.toString());
        Arena arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MemorySegment whole = ch.map(FileChannel.MapMode.READ_WRITE, 0, ch.size(), arena);
            long dataSize = SegmentHeaderLayout.validate(whole, name, SegmentHeaderLayout.kind(kind), version);
            MemorySegment data = whole.asSlice(SegmentHeaderLayout.DATA_OFFSET, dataSize);
            return new Segment(name, data, new Unmap(arena, null));
        } catch (NoSuchFileException e) {
            arena.close();
            MappingBudget.give();
            throw new IllegalStateException("mp4j segment " + name
                    + " no longer exists: its creator closed it or exited", e);
        } catch (IOException e) {
            arena.close();
            MappingBudget.give();
            throw new UncheckedIOException("cannot map mp4j segment " + file, e);
        } catch (RuntimeException e) {
            arena.close();
            MappingBudget.give();
            throw e;
        }
    }

    /** The zeros written by {@link #reserve}, 64 KiB at a time. */
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(64 * 1024);

    /**
     * Writes the whole file, so that the file system holds its pages before it is mapped. A
     * sparse file on a full tmpfs maps fine and then kills the JVM with SIGBUS at the first
     * write past the free space (Docker's default {@code /dev/shm} is 64 MiB); a write fails
     * here instead, with an error that says where, how much was asked and how much is free.
     */
    private static void reserve(FileChannel ch, long size, Path dir) throws IOException {
        try {
            for (long at = 0; at < size; ) {
                ByteBuffer zeros = ZEROS.duplicate().limit((int) Math.min(ZEROS.capacity(), size - at));
                at += ch.write(zeros, at);
            }
        } catch (IOException e) {
            long free = -1;
            try {
                free = Files.getFileStore(dir).getUsableSpace();
            } catch (IOException ignored) {
                // the message says "unknown"
            }
            throw new IOException("no room for " + size + " bytes of shared memory in " + dir + ": "
                    + (free < 0 ? "unknown" : Long.toString(free)) + " bytes free there (" + e.getMessage()
                    + "); make the file system larger (docker run --shm-size=...) or point -Dmp4j.runtimeDir elsewhere", e);
        }
    }

    /** The file name, which is what a handle carries to another process. */
    public String name() {
        return name;
    }

    /** The data area (after the header), 128-byte aligned. */
    public MemorySegment data() {
        return data;
    }

    /** Unmaps the segment, and removes its file if this process created it. Idempotent. */
    @Override
    public void close() {
        cleanable.clean();
    }

    /** Kept apart from the Segment so the Cleaner does not keep it reachable. */
    private record Unmap(Arena arena, Path ownedFile) implements Runnable {
        @Override
        public void run() {
            if (ownedFile != null) {
                OwnedFiles.remove(ownedFile);
            }
            arena.close();
            MappingBudget.give();
        }
    }
}
